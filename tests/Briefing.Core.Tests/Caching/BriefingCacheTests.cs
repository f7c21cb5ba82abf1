using Briefing.Briefings;
using Briefing.Engines.Model;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Caching;

public sealed class BriefingCacheTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_SameArticleTwice_SecondComesFromCacheWithoutModelCall()
    {
        await using var harness = await StartAsync([ServerReply.Content(FakeReplies.Sample)]);

        var first = await harness.GenerateAsync();
        var second = await harness.GenerateAsync();

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Equal(first.Content.Briefing, second.Content.Briefing);
        Assert.Equal(first.Content.KeyPoints, second.Content.KeyPoints);
        Assert.Equal(first.Engine, second.Engine);
        Assert.Equal(ModelUsage.FromCache, second.Usage);
        Assert.False(first.Usage?.Cached);
    }

    [Fact]
    public async Task Generate_SameArticleWithOtherLineBreaks_HitsTheCache()
    {
        await using var harness = await StartAsync([ServerReply.Content(FakeReplies.Sample)]);

        await harness.GenerateAsync();
        var reflowed = ModelServerHarness.Article with { Paragraphs = ["Officials  met\non Monday.", "They agreed to meet   again."] };
        var second = await harness.GenerateAsync(reflowed);

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.True(second.Usage?.Cached);
    }

    [Fact]
    public async Task Generate_DifferentSettingsOrArticle_MissesTheCache()
    {
        await using var harness = await StartAsync([ServerReply.Content(FakeReplies.Sample)]);
        var engine = harness.Services.GetRequiredService<ModelBriefingEngine>();

        await harness.GenerateAsync();
        await harness.Clock.RunAsync(harness.Server, () => engine.GenerateAsync(ModelServerHarness.Article, new BriefingSettings(Language: "German"), CancellationToken.None));
        await harness.GenerateAsync(ModelServerHarness.Article with { Paragraphs = ["Something else happened."] });

        Assert.Equal(3, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Generate_CacheDisabled_CallsTheModelEveryTime()
    {
        await using var harness = await StartAsync([ServerReply.Content(FakeReplies.Sample)], enabled: false);

        await harness.GenerateAsync();
        await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.False(File.Exists(_folder.Combine("cache.db")));
    }

    [Fact]
    public async Task Generate_FallbackBriefing_IsNotCached()
    {
        await using var harness = await StartAsync([ServerReply.ContentFilter(), ServerReply.Content(FakeReplies.Sample)], policy: "extractive");

        var fallback = await harness.GenerateAsync();
        var retried = await harness.GenerateAsync();

        Assert.Equal(EngineKinds.Extractive, fallback.Engine.Kind);
        Assert.Equal(EngineKinds.Model, retried.Engine.Kind);
        Assert.Equal(2, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Store_BeyondMaxEntries_EvictsTheLeastRecentlyUsed()
    {
        await using var harness = await StartAsync([ServerReply.Content(FakeReplies.Sample)], maxEntries: 2);
        var cache = harness.Services.GetRequiredService<BriefingCache>();
        var draft = new BriefingDraft(new BriefingContent("b", ["k"], "en"), new EngineInfo(EngineKinds.Model, "test-model", "summarize@x"));

        await cache.StoreAsync("a", draft, CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await cache.StoreAsync("b", draft, CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(await cache.TryGetAsync("a", CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await cache.StoreAsync("c", draft, CancellationToken.None);

        Assert.Equal(2, await cache.CountAsync(CancellationToken.None));
        Assert.NotNull(await cache.TryGetAsync("a", CancellationToken.None));
        Assert.Null(await cache.TryGetAsync("b", CancellationToken.None));
        Assert.NotNull(await cache.TryGetAsync("c", CancellationToken.None));
    }

    [Fact]
    public async Task TryGet_CorruptCacheFile_IsAMissNotAFailure()
    {
        File.WriteAllText(_folder.Combine("cache.db"), "this is not a SQLite database, just text that is long enough to be read as a header");
        await using var harness = await StartAsync([ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public void ResolvedPath_NotConfigured_IsInThePerUserDataFolder()
    {
        var path = new CacheOptions().ResolvedPath;

        Assert.EndsWith(Path.Combine("briefing", "cache.db"), path, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(path));
    }

    private Task<ModelServerHarness> StartAsync(ServerReply[] script, bool enabled = true, int maxEntries = 100, string policy = "fail") =>
        ModelServerHarness.StartAsync(script, new Dictionary<string, string?>
        {
            ["Briefing:Cache:Enabled"] = enabled ? "true" : "false",
            ["Briefing:Cache:Path"] = _folder.Combine("cache.db"),
            ["Briefing:Cache:MaxEntries"] = maxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Briefing:Fallback:Policy"] = policy,
        });
}
