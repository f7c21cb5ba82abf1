using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Briefings;
using Briefing.Fakes;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Worker;

public sealed class BriefingRunCoordinatorTests
{
    [Fact]
    public async Task RunAsync_InboxWithFakeModel_WritesBriefingsAndDigest()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        bed.AddToInbox("bridge.txt", WorkerTestbed.BridgeArticle);
        bed.AddToInbox("empty.html", "<html><head><title>Only a title</title></head><body></body></html>");
        var prices = new Dictionary<string, string?>
        {
            ["Briefing:Usage:Prices:0:Model"] = "test-model",
            ["Briefing:Usage:Prices:0:InputPerMillion"] = "1.00",
            ["Briefing:Usage:Prices:0:OutputPerMillion"] = "4.00",
        };

        var summary = await bed.RunAsync(prices);

        Assert.Equal(2, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, summary.Count(ArticleOutcome.Failed));
        Assert.All(summary.Articles.Where(a => a.Outcome == ArticleOutcome.Briefed), a => Assert.True(a.Usage is { PromptTokens: > 0, CompletionTokens: > 0 }));
        var briefings = bed.Files("briefings");
        Assert.Equal(4, briefings.Length);
        Assert.All(briefings, name => Assert.Matches(@"^2026-03-02-[a-z0-9-]+-[0-9a-f]{8}\.(md|json)$", name));
        Assert.Contains(briefings, name => name.StartsWith("2026-03-02-council-closes-the-river-bridge-for-repairs-", StringComparison.Ordinal));
        Assert.Contains(briefings, name => name.StartsWith("2026-03-02-russian-fm-lavrov-advises-putin-to-continue-ukrainian-talks-", StringComparison.Ordinal));
        Assert.Equal(["digest-2026-03-02-093000.html", "digest-2026-03-02-093000.md", "digest-2026-03-02-093000.txt"], bed.Files("digests"));
        // The digest's totals are read back from the side-cars, plus the one overview call over the two stories.
        var usages = summary.Articles.Select(a => a.Usage).OfType<ModelUsage>().ToList();
        var digest = bed.ReadDigest(".md");
        var totals = Regex.Matches(digest, @"^- (Prompt tokens|Completion tokens|Model calls): ([0-9,]+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal(3, totals["Model calls"]);
        Assert.True(totals["Prompt tokens"] > usages.Sum(u => u.PromptTokens), digest);
        Assert.True(totals["Completion tokens"] > usages.Sum(u => u.CompletionTokens), digest);
        Assert.Matches(@"\n- Cost: 0\.[0-9]{6} USD at the configured prices\n", digest);
        Snapshot.Match(bed.ReadDigest(".md"), SnapshotNameExtension.Create("md"));
        Snapshot.Match(bed.ReadDigest(".html"), SnapshotNameExtension.Create("html"));
    }

    [Fact]
    public async Task RunAsync_ExtractiveEngine_DigestCountsBriefingsThatHaveNoUsage()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        bed.AddToInbox("bridge.txt", WorkerTestbed.BridgeArticle);

        var summary = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Model:Provider"] = "extractive" });

        Assert.Equal(2, summary.Count(ArticleOutcome.Briefed));
        Assert.Empty(bed.Model.Received);
        var digest = bed.ReadDigest(".md");
        Assert.Contains("- Articles briefed: 2\n- Stories: 2\n- Not briefed: 0\n- No usage recorded: 2 briefings (the built-in extractive engine calls no model)\n", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens:", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("- Cost:", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SamePassTwice_SecondBriefsNothing()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        bed.AddToInbox("bridge.md", WorkerTestbed.BridgeArticle);
        await bed.RunAsync();
        var calls = bed.ArticleCalls;
        var briefings = bed.Files("briefings");

        // The same files dropped into the inbox again.
        bed.AddSample();
        bed.AddToInbox("bridge.md", WorkerTestbed.BridgeArticle);
        var second = await bed.RunAsync();

        Assert.Equal(2, calls);
        Assert.Equal(calls, bed.ArticleCalls);
        Assert.Equal(2, second.Count(ArticleOutcome.Skipped));
        Assert.Equal(0, second.Count(ArticleOutcome.Briefed));
        Assert.Null(second.Digest);
        Assert.Equal(briefings, bed.Files("briefings"));
        Assert.Equal(3, bed.Files("digests").Length);
        Assert.Empty(bed.InboxFiles());
        Assert.Equal(["bridge-1.md", "bridge.md", "lavrov-talks-1.txt", "lavrov-talks.txt"], bed.InboxFiles("processed"));
    }

    [Fact]
    public async Task RunAsync_ChangedModelOrPrompt_BriefsAgain()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        await bed.RunAsync();

        bed.AddSample();
        var otherModel = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Model:ModelId"] = "another-model" });

        var prompts = Path.Combine(bed.Output, "..", "prompts");
        CopyFolder(RepositoryPaths.Prompts, prompts);
        File.AppendAllText(Path.Combine(prompts, "Briefing", "Summarize", "skprompt.txt"), "\nBe brief.\n");
        bed.AddSample();
        var otherPrompt = await bed.RunAsync(new Dictionary<string, string?>
        {
            ["Briefing:Model:ModelId"] = "another-model",
            ["Briefing:Prompts:Directory"] = prompts,
        });

        Assert.Equal(1, otherModel.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, otherPrompt.Count(ArticleOutcome.Briefed));
        Assert.Equal(3, bed.ArticleCalls);
    }

    [Fact]
    public async Task RunAsync_ChangedLengthOrLanguage_BriefsAgainButTheSameSettingsSkip()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        await bed.RunAsync();

        bed.AddSample();
        var shorter = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Length"] = "Short" });
        bed.AddSample();
        var german = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Length"] = "Short", ["Briefing:Worker:Language"] = "German" });
        bed.AddSample();
        var germanAgain = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Length"] = "Short", ["Briefing:Worker:Language"] = "German" });

        Assert.Equal(1, shorter.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, german.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, germanAgain.Count(ArticleOutcome.Skipped));
        Assert.Equal(3, bed.ArticleCalls);
    }

    [Fact]
    public async Task RunAsync_BadFiles_AreQuarantinedWhileOthersAreBriefed()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        File.WriteAllBytes(bed.AddToInbox("binary.txt", string.Empty), [0, 1, 2, 0, 80, 75]);
        bed.AddToInbox("blank.md", "   \n\n");
        bed.AddToInbox("notes.pdf", "not an article type");

        var summary = await bed.RunAsync();

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(2, summary.Count(ArticleOutcome.Failed));
        Assert.Equal(["lavrov-talks.txt"], bed.InboxFiles("processed"));
        Assert.Equal(["binary.txt", "binary.txt.reason.txt", "blank.md", "blank.md.reason.txt"], bed.InboxFiles("failed"));
        Assert.Contains("binary data", File.ReadAllText(Path.Combine(bed.Inbox, "failed", "binary.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Equal(["notes.pdf"], bed.InboxFiles());
        var digest = bed.ReadDigest(".md");
        Assert.Contains("- **binary.txt**: ", digest, StringComparison.Ordinal);
        Assert.Contains("- **blank.md**: ", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ModelReplyUnusable_QuarantinesArticleWithReason()
    {
        using var bed = new WorkerTestbed { Model = new RecordingChatCompletionService("I cannot help with that.") };
        bed.AddSample();

        var summary = await bed.RunAsync();

        var report = Assert.Single(summary.Articles);
        Assert.Equal(ArticleOutcome.Failed, report.Outcome);
        Assert.StartsWith("The model declined to write this briefing", report.Reason, StringComparison.Ordinal);
        Assert.Equal(["lavrov-talks.txt", "lavrov-talks.txt.reason.txt"], bed.InboxFiles("failed"));
        Assert.Empty(bed.Files("briefings"));
        Assert.True(summary.HasFailures);
    }

    [Fact]
    public async Task RunAsync_SameStoryTwiceInOneRun_BriefsItOnce()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample("a.txt");
        bed.AddSample("b.txt");

        var summary = await bed.RunAsync();

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, summary.Count(ArticleOutcome.Duplicate));
        Assert.Equal(1, bed.ArticleCalls);
        Assert.Equal(["a.txt", "b.txt"], bed.InboxFiles("processed"));
    }

    [Fact]
    public async Task RunAsync_CancelledMidRun_LeavesUnfinishedArticlesForTheNextRun()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        bed.AddToInbox("bridge.md", WorkerTestbed.BridgeArticle);
        using var cancel = new CancellationTokenSource();
        var model = new BlockingChatCompletionService(WorkerTestbed.BridgeReply, blockWhen: "Lavrov", cancel);
        var settings = new Dictionary<string, string?> { ["Briefing:Worker:Concurrency"] = "1" };

        await using (var services = bed.Services(settings, model))
        {
            await using var scope = services.CreateAsyncScope();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(cancel.Token));
        }

        Assert.Equal(["bridge.md"], bed.InboxFiles("processed"));
        Assert.Equal(["lavrov-talks.txt"], bed.InboxFiles());
        Assert.Equal(2, bed.Files("briefings").Length);
        Assert.Empty(bed.Files("digests"));

        var next = await bed.RunAsync(settings);

        Assert.Equal(1, next.Count(ArticleOutcome.Briefed));
        Assert.Equal(4, bed.Files("briefings").Length);
        var digest = bed.ReadDigest(".md");
        Assert.Contains("- Articles briefed: 2\n", digest, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
