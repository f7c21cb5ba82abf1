using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Engines.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Support;

/// <summary>The real service graph, with the real Semantic Kernel OpenAI connector pointed at a <see cref="ScriptedChatServer"/> and a <see cref="WaitingClock"/>.</summary>
internal sealed class ModelServerHarness : IAsyncDisposable
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(60);

    private ModelServerHarness(ScriptedChatServer server, ServiceProvider services, WaitingClock clock)
    {
        Server = server;
        Services = services;
        Clock = clock;
    }

    public ScriptedChatServer Server { get; }

    public ServiceProvider Services { get; }

    public WaitingClock Clock { get; }

    public static Article Article { get; } = new() { Source = "test.txt", Title = "Talks", Paragraphs = ["Officials met on Monday.", "They agreed to meet again."] };

    public static async Task<ModelServerHarness> StartAsync(ServerReply[] script, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var server = await ScriptedChatServer.StartAsync(script);
        var values = new Dictionary<string, string?>
        {
            ["Briefing:Model:Provider"] = "openai-compatible",
            ["Briefing:Model:Endpoint"] = server.Endpoint.ToString(),
            ["Briefing:Model:ModelId"] = "test-model",
            ["Briefing:Model:RequestTimeout"] = AttemptTimeout.ToString(),
            ["Briefing:Resilience:MaxRetries"] = "2",
            ["Briefing:Resilience:BaseDelay"] = "00:00:01",
            ["Briefing:Resilience:MaxDelay"] = "00:00:30",
            ["Briefing:Resilience:TotalTimeout"] = "00:10:00",
            ["Briefing:Resilience:BreakerMinimumThroughput"] = "100",
            ["Briefing:Usage:Prices:0:Model"] = "test-model",
            ["Briefing:Usage:Prices:0:InputPerMillion"] = "1.00",
            ["Briefing:Usage:Prices:0:OutputPerMillion"] = "4.00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var clock = new WaitingClock(AttemptTimeout);
        var services = TestPipeline.Create(settings: values, configure: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            configure?.Invoke(s);
        });
        return new ModelServerHarness(server, services, clock);
    }

    public Task<BriefingDraft> GenerateAsync(Article? article = null) =>
        Clock.RunAsync(Server, () => Engine.GenerateAsync(article ?? Article, new BriefingSettings(), CancellationToken.None));

    public Task<ModelException> FailAsync(Article? article = null) =>
        Clock.RunAsync(Server, () => Assert.ThrowsAsync<ModelException>(() => Engine.GenerateAsync(article ?? Article, new BriefingSettings(), CancellationToken.None)));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }

    private ModelBriefingEngine Engine => Services.GetRequiredService<ModelBriefingEngine>();
}
