using System.CommandLine;
using Briefing.Delivery;
using Briefing.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App.Commands;

/// <summary><c>briefing eval-stories &lt;dataset.jsonl&gt;</c>: groups a labelled set's articles into stories and scores the grouping beside two baselines.</summary>
internal sealed class EvalStoriesCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Argument<string> _dataset = new("dataset")
    {
        Description = "JSON Lines file of {\"cluster\", \"id\", \"title\", \"text\", \"published\"} objects; cluster names the event an article reports.",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Also write the report to this Markdown file.",
    };

    public Command Build()
    {
        var command = new Command("eval-stories", "Score the grouping of articles into stories (B-cubed precision, recall, F1 and adjusted Rand) beside two baselines.");
        command.Arguments.Add(_dataset);
        command.Options.Add(_output);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        return await CommandFailures.GuardAsync(error, async () =>
        {
            using var host = Hosting.BriefingHost.Build(new Dictionary<string, string?>(), verbose: false, configureServices);
            var services = host.Services;
            var path = parse.GetValue(_dataset) ?? string.Empty;
            IReadOnlyList<StoryEvalCase> cases;
            try
            {
                cases = await services.GetRequiredService<StoryEvalDataset>().ReadAsync(path, cancellationToken);
            }
            catch (EvalDatasetException e)
            {
                await error.WriteLineAsync($"briefing: {e.Message}");
                return File.Exists(path) ? ExitCodes.InputInvalid : ExitCodes.InputNotFound;
            }

            var report = services.GetRequiredService<StoryEvalRunner>().Run(Path.GetFileName(path), cases);
            var markdown = StoryEvalRunner.ToMarkdown(report);
            if (parse.GetValue(_output) is { } output)
            {
                await services.GetRequiredService<AtomicFileWriter>().WriteAsync(output, markdown, cancellationToken);
            }

            await parse.InvocationConfiguration.Output.WriteAsync(markdown);
            return ExitCodes.Success;
        });
    }
}
