using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery;

/// <summary>The folders staff look in: briefings/ for one file pair per article, digests/ for one digest pair per run.</summary>
public sealed class OutputLayout(IOptions<WorkerOptions> options, BriefingFileNamer namer)
{
    public string Briefings => Path.Combine(Path.GetFullPath(options.Value.OutputFolder), "briefings");

    public string Digests => Path.Combine(Path.GetFullPath(options.Value.OutputFolder), "digests");

    public string BriefingMarkdown(string stem) => namer.PathIn(Briefings, stem + ".md");

    public string BriefingJson(string stem) => namer.PathIn(Briefings, stem + ".json");

    public string Digest(string name, string extension) => namer.PathIn(Digests, name + extension);
}
