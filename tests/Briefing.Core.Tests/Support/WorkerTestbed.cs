using Briefing.Fakes;
using Briefing.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Support;

/// <summary>A temporary inbox, output folder and state database, and the real worker services over a fake model.</summary>
internal sealed class WorkerTestbed : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public WorkerTestbed()
    {
        Model = new RecordingChatCompletionService(history =>
            history.Any(m => m.Content?.Contains("bridge", StringComparison.Ordinal) == true) ? BridgeReply : FakeReplies.Sample);
    }

    public const string BridgeArticle = """
        Council closes the river bridge for repairs

        The city council voted on Tuesday to close the old river bridge for six weeks of repairs, starting in May.

        Engineers found corroded steel in two of the bridge's supports during an inspection in January.

        Traffic will be diverted through the old town, and a free shuttle bus will run every ten minutes.
        """;

    public const string BridgeReply = """
        {"briefing": "The council will close the river bridge for six weeks of repairs from May after engineers found corroded supports.",
         "key_points": ["Closure starts in May and lasts six weeks.", "Corroded steel was found in two supports.", "A free shuttle bus replaces the crossing."],
         "language": "en"}
        """;

    public RecordingChatCompletionService Model { get; set; }

    /// <summary>Model calls that briefed an article, leaving out the digest's story briefings and overview.</summary>
    public int ArticleCalls => Model.Received.Count(r => !r.History.Any(m =>
        m.Content?.Contains("reports of one news story", StringComparison.Ordinal) == true || m.Content?.Contains("today's top", StringComparison.Ordinal) == true));

    public string Inbox => _folder.Combine("inbox");

    public string Output => _folder.Combine("out");

    public string Database => _folder.Combine("state", "briefing.db");

    public Dictionary<string, string?> Settings => new()
    {
        ["Briefing:Worker:InboxFolders:0"] = Inbox,
        ["Briefing:Worker:OutputFolder"] = Output,
        ["Briefing:Worker:StateDatabase"] = Database,
        ["Briefing:Worker:TimeZone"] = "Europe/Berlin",
        ["Briefing:Worker:Concurrency"] = "2",
    };

    public string AddToInbox(string name, string content) => _folder.Write(Path.Combine("inbox", name), content);

    public void AddSample(string name = "lavrov-talks.txt") => File.Copy(RepositoryPaths.Sample, Path.Combine(Directory.CreateDirectory(Inbox).FullName, name));

    public ServiceProvider Services(IDictionary<string, string?>? extra = null, IChatCompletionService? chat = null, Action<IServiceCollection>? configure = null)
    {
        var settings = Settings;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return TestPipeline.Create(chat ?? Model, settings, configure);
    }

    public async Task<RunSummary> RunAsync(IDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        await using var services = Services(extra, configure: configure);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(cancellationToken);
    }

    public string[] Files(string relative) =>
        Directory.Exists(Path.Combine(Output, relative))
            ? Directory.GetFiles(Path.Combine(Output, relative)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];

    public string[] InboxFiles(string subfolder = "") =>
        Directory.Exists(Path.Combine(Inbox, subfolder))
            ? Directory.GetFiles(Path.Combine(Inbox, subfolder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];

    public string ReadDigest(string extension) =>
        File.ReadAllText(Path.Combine(Output, "digests", Files("digests").Single(f => f.EndsWith(extension, StringComparison.Ordinal))));

    public void Dispose() => _folder.Dispose();
}
