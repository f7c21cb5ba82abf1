using System.CommandLine;
using Briefing.Delivery.Sending;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App.Commands;

/// <summary><c>briefing deliver --digest FILE</c>: send a digest that is on disk to every configured target, now.</summary>
internal sealed class DeliverCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Option<string> _digest = new("--digest")
    {
        Description = "The digest to send: its .html or .md file in out/digests/ (both are used when both are there).",
        Required = true,
        HelpName = "FILE",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log each delivery attempt, including the resilience pipeline's retries.",
    };

    public Command Build()
    {
        var command = new Command("deliver", "Send a digest by email and to the webhooks now, also one that was sent before (Briefing:Delivery).");
        command.Options.Add(_digest);
        command.Options.Add(_verbose);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        return await CommandFailures.GuardAsync(error, async () =>
        {
            var file = parse.GetValue(_digest) ?? string.Empty;
            using var host = Hosting.BriefingHost.Build(parse, new Dictionary<string, string?>(), parse.GetValue(_verbose), configureServices);
            var delivery = host.Services.GetRequiredService<DigestDelivery>();
            if (!delivery.AnyConfigured)
            {
                await error.WriteLineAsync("briefing: Nothing to deliver to: set Briefing:Delivery:Email:Host (with its recipients) or Briefing:Delivery:Webhook:Urls.");
                return ExitCodes.Configuration;
            }

            if (!File.Exists(file))
            {
                await error.WriteLineAsync($"briefing: The digest file {Path.GetFullPath(file)} does not exist; digests are in out/digests/ of the worker's folder.");
                return ExitCodes.InputNotFound;
            }

            var reports = await delivery.ResendAsync(file, cancellationToken);
            foreach (var report in reports)
            {
                await output.WriteLineAsync(report.Sent ? $"Sent {report.Digest} to {report.Target}." : $"Not sent to {report.Target}: {report.Reason}");
            }

            return reports.All(r => r.Sent) ? ExitCodes.Success : ExitCodes.DeliveryFailed;
        });
    }
}
