using System.CommandLine;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App.Commands;

/// <summary><c>briefing eval-stories &lt;dataset.jsonl&gt;</c>: groups a labelled set's articles into stories and scores the
/// grouping beside two baselines; with <c>--summaries</c>, briefs each labelled topic as one story and scores it with ROUGE.</summary>
internal sealed class EvalStoriesCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Argument<string> _dataset = new("dataset")
    {
        Description = "JSON Lines file of {\"cluster\", \"id\", \"title\", \"text\", \"published\"} objects; cluster names the event an article reports.",
    };

    private readonly Option<string?> _summaries = new("--summaries")
    {
        Description = "JSON Lines file of {\"cluster\", \"references\": [...]} human summaries: score one briefing per cluster against them instead of the grouping.",
    };

    private readonly Option<BriefingLength> _length = new("--length")
    {
        Description = "Briefing length for --summaries: short, medium or long (default, closest to summaries of about 250 words).",
        DefaultValueFactory = _ => BriefingLength.Long,
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Also write the report to this Markdown file.",
    };

    private readonly ProviderOptions _provider = new();

    public Command Build()
    {
        var command = new Command("eval-stories", "Score the grouping of articles into stories (B-cubed precision, recall, F1 and adjusted Rand) beside two baselines, or with --summaries the story briefings (ROUGE).");
        command.Arguments.Add(_dataset);
        command.Options.Add(_summaries);
        command.Options.Add(_length);
        command.Options.Add(_output);
        _provider.AddTo(command);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        return await CommandFailures.GuardAsync(error, async () =>
        {
            using var host = Hosting.BriefingHost.Build(_provider.Overrides(parse), verbose: false, configureServices);
            var services = host.Services;
            var path = parse.GetValue(_dataset) ?? string.Empty;
            var summariesPath = parse.GetValue(_summaries);
            string markdown;
            try
            {
                var cases = await services.GetRequiredService<StoryEvalDataset>().ReadAsync(path, cancellationToken);
                if (summariesPath is null)
                {
                    markdown = StoryEvalRunner.ToMarkdown(services.GetRequiredService<StoryEvalRunner>().Run(Path.GetFileName(path), cases));
                }
                else
                {
                    var summaries = await StoryBriefingEvalRunner.ReadSummariesAsync(summariesPath, cancellationToken);
                    var report = await services.GetRequiredService<StoryBriefingEvalRunner>()
                        .RunAsync(Path.GetFileName(path), cases, summaries, new BriefingSettings(Length: parse.GetValue(_length)), cancellationToken);
                    if (report.Topics.Count == 0)
                    {
                        await error.WriteLineAsync($"briefing: no cluster of '{path}' has a summary in '{summariesPath}'.");
                        return ExitCodes.InputInvalid;
                    }

                    markdown = StoryBriefingEvalRunner.ToMarkdown(report);
                }
            }
            catch (EvalDatasetException e)
            {
                await error.WriteLineAsync($"briefing: {e.Message}");
                return File.Exists(path) && (summariesPath is null || File.Exists(summariesPath)) ? ExitCodes.InputInvalid : ExitCodes.InputNotFound;
            }

            if (parse.GetValue(_output) is { } output)
            {
                await services.GetRequiredService<AtomicFileWriter>().WriteAsync(output, markdown, cancellationToken);
            }

            await parse.InvocationConfiguration.Output.WriteAsync(markdown);
            return ExitCodes.Success;
        });
    }
}
