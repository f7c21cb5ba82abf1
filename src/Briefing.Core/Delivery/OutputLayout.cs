using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery;

/// <summary>The folders staff look in: briefings/ for one file pair per article, digests/ for one digest pair per run, failed/ for feed items that failed.</summary>
internal sealed class OutputLayout(IOptions<WorkerOptions> options, BriefingFileNamer namer)
{
    public string Briefings => Path.Combine(Path.GetFullPath(options.Value.OutputFolder), "briefings");

    public string Digests => Path.Combine(Path.GetFullPath(options.Value.OutputFolder), "digests");

    /// <summary>Feed items that could not be briefed; an inbox file has its own failed/ folder in its inbox.</summary>
    public string Failed => Path.Combine(Path.GetFullPath(options.Value.OutputFolder), "failed");

    public string BriefingMarkdown(string stem) => namer.PathIn(Briefings, stem + ".md");

    public string BriefingJson(string stem) => namer.PathIn(Briefings, stem + ".json");

    public string FailureReason(string stem) => namer.PathIn(Failed, stem + ".reason.txt");

    /// <summary>The archive page listing every digest, in the output folder itself.</summary>
    public string Archive => Path.Combine(Path.GetFullPath(options.Value.OutputFolder), "index.html");

    public string Digest(string name, string extension) => namer.PathIn(Digests, name + extension);
}
