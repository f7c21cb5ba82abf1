using System.CommandLine;
using Briefing.App.Hosting;
using Briefing.Delivery.Email;
using Briefing.Delivery.Sending;
using Briefing.Delivery.Webhook;
using Briefing.Sources;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.App.Commands;

/// <summary><c>briefing worker</c>: brief the inbox folders and feeds on the configured schedule, or once with <c>--once</c>.</summary>
internal sealed class WorkerCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Option<bool> _once = new("--once")
    {
        Description = "Run one pass now and exit (for cron, systemd timers and CI); exit code 9 if any article failed or was left pending, 10 if another pass holds the state database.",
    };

    private readonly Option<bool> _noDeliver = new("--no-deliver")
    {
        Description = "Write the digest but neither send it nor queue it for sending (email, webhooks); for trial runs.",
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "List the articles one pass would brief, and exit: nothing is briefed, moved, written or sent.",
    };

    private readonly ProviderOptions _provider = new();

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Also log the progress of every stage (fetches, model calls), not only the per-article and per-run lines.",
    };

    public Command Build()
    {
        var command = new Command("worker", "Brief new articles from the inbox folders and feeds on a schedule (Briefing:Worker in appsettings.json).");
        command.Options.Add(_once);
        command.Options.Add(_noDeliver);
        command.Options.Add(_dryRun);
        _provider.AddTo(command);
        command.Options.Add(_verbose);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var once = parse.GetValue(_once);
        return await CommandFailures.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var overrides = new Dictionary<string, string?>(_provider.Overrides(parse));
            if (parse.GetValue(_noDeliver))
            {
                overrides["Briefing:Delivery:Enabled"] = "false";
            }

            using var host = BriefingHost.Build(parse, overrides, parse.GetValue(_verbose), services =>
            {
                // The per-article and run-summary lines are the worker's output, so they show without --verbose.
                services.AddLogging(logging => logging
                    .AddFilter("Briefing.Worker", LogLevel.Information)
                    .AddFilter(typeof(BriefingWorkerService).FullName, LogLevel.Information));
                if (!once)
                {
                    services.AddSystemd();
                    services.AddHostedService<BriefingWorkerService>();
                }

                configureServices?.Invoke(services);
            });
            if (parse.GetValue(_dryRun))
            {
                return await DryRunAsync(host.Services, parse.InvocationConfiguration.Output, cancellationToken);
            }

            return once ? await RunOnceAsync(host.Services, cancellationToken) : await RunScheduledAsync(host, parse.InvocationConfiguration.Error, cancellationToken);
        });
    }

    private static async Task<int> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Reading the options validates them, as ValidateOnStart would for a started host; delivery settings are
        // checked now too, so a mistake there stops the run before any article is briefed rather than after.
        _ = services.GetRequiredService<IOptions<WorkerOptions>>().Value;
        _ = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        _ = services.GetRequiredService<IOptions<WebhookOptions>>().Value;
        _ = services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(cancellationToken);
        // Delivery comes after the digest is on disk; a failed one is retried next run and exits 9 like a failed article.
        var deliveries = await scope.ServiceProvider.GetRequiredService<DigestDelivery>().DeliverAsync(summary.Digest, cancellationToken);
        return summary.HasFailures || deliveries.Any(d => !d.Sent) ? ExitCodes.ArticlesFailed : ExitCodes.Success;
    }

    // Sources are only asked what they have; CompleteAsync, which saves feed state, is never called.
    private static async Task<int> DryRunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IOptions<WorkerOptions>>().Value;
        await using var scope = services.CreateAsyncScope();
        var articles = new List<(string Origin, string Source)>();
        var failures = new List<string>();
        foreach (var source in scope.ServiceProvider.GetServices<IArticleSource>())
        {
            var batch = await source.CollectAsync(cancellationToken);
            articles.AddRange(batch.Articles.Select(a => (a.Origin, a.Source)));
            failures.AddRange(batch.Failures.Select(f => $"{f.Source}: {f.Reason}"));
        }

        await output.WriteLineAsync(articles.Count == 1 ? "One pass would brief 1 article (dry run: nothing was changed):" : $"One pass would brief {articles.Count} articles (dry run: nothing was changed):");
        foreach (var (origin, source) in articles)
        {
            await output.WriteLineAsync($"  {origin,-6} {source}");
        }

        if (failures.Count > 0)
        {
            await output.WriteLineAsync($"Sources that could not be read ({failures.Count}):");
            foreach (var failure in failures)
            {
                await output.WriteLineAsync($"  {failure}");
            }
        }

        return ExitCodes.Success;
    }

    private static async Task<int> RunScheduledAsync(IHost host, TextWriter error, CancellationToken cancellationToken)
    {
        // Resolved before running: RunAsync disposes the host's services when it returns.
        var worker = host.Services.GetServices<IHostedService>().OfType<BriefingWorkerService>().Single();
        await host.RunAsync(cancellationToken);
        if (worker.ExecuteTask?.Exception?.GetBaseException() is { } fault)
        {
            await error.WriteLineAsync($"briefing: the worker stopped: {ItemFailure.OneLine(fault.Message)}");
            return fault is StateStoreException ? ExitCodes.Configuration : ExitCodes.Unexpected;
        }

        return ExitCodes.Success;
    }
}
