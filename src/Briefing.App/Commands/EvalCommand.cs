using System.CommandLine;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App.Commands;

/// <summary><c>briefing eval &lt;dataset.jsonl&gt;</c>: briefs every article of an evaluation set and scores it with ROUGE against Lead-3.</summary>
internal sealed class EvalCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Argument<string> _dataset = new("dataset")
    {
        Description = "JSON Lines file of {\"id\", \"article\", \"reference\"} objects; references have one sentence a line.",
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "Path of the report without extension; <path>.md and <path>.json are written.",
        DefaultValueFactory = _ => "eval-report",
    };

    private readonly Option<SummaryTarget> _score = new("--score")
    {
        Description = "What to score: keypoints (one a line, default) or briefing (the paragraph, one sentence a line).",
        DefaultValueFactory = _ => SummaryTarget.KeyPoints,
    };

    private readonly Option<BriefingLength> _length = new("--length")
    {
        Description = "Briefing length to request: short (3 points, default, close to news highlights), medium or long.",
        DefaultValueFactory = _ => BriefingLength.Short,
    };

    private readonly Option<int?> _limit = new("--limit")
    {
        Description = "Evaluate only the first N cases.",
    };

    private readonly ProviderOptions _provider = new();

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log progress and timings to standard error.",
    };

    public Command Build()
    {
        var command = new Command("eval", "Score briefings of an evaluation set with ROUGE, next to the Lead-3 baseline, and check their grounding.");
        command.Arguments.Add(_dataset);
        command.Options.Add(_output);
        command.Options.Add(_score);
        command.Options.Add(_length);
        command.Options.Add(_limit);
        _provider.AddTo(command);
        command.Options.Add(_verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_limit) is < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        return await CommandFailures.GuardAsync(error, async () =>
        {
            using var host = Hosting.BriefingHost.Build(parse, _provider.Overrides(parse), parse.GetValue(_verbose), configureServices);
            var services = host.Services;
            var path = parse.GetValue(_dataset) ?? string.Empty;
            IReadOnlyList<EvalCase> cases;
            try
            {
                cases = await services.GetRequiredService<EvalDataset>().ReadAsync(path, cancellationToken);
            }
            catch (EvalDatasetException e)
            {
                await error.WriteLineAsync($"briefing: {e.Message}");
                return File.Exists(path) ? ExitCodes.InputInvalid : ExitCodes.InputNotFound;
            }

            if (parse.GetValue(_limit) is { } limit)
            {
                cases = cases.Take(limit).ToList();
            }

            var progress = EvalProgressBar.ForTerminal(error, cases.Count);
            var settings = new BriefingSettings(Length: parse.GetValue(_length));
            var report = await services.GetRequiredService<EvalRunner>()
                .RunAsync(Path.GetFileName(path), cases, settings, parse.GetValue(_score), progress, cancellationToken);
            progress?.Finish();

            var writer = services.GetRequiredService<EvalReportWriter>();
            var files = services.GetRequiredService<AtomicFileWriter>();
            var output = parse.GetValue(_output) ?? "eval-report";
            var markdown = writer.ToMarkdown(report);
            await files.WriteAsync(output + ".md", markdown, cancellationToken);
            await files.WriteAsync(output + ".json", writer.ToJson(report), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteAsync(markdown);
            await error.WriteLineAsync($"Report written to {output}.md and {output}.json.");
            if (report.FailedCases is [var first, ..])
            {
                // A run with failed cases is not a clean measurement; scripts must not take its figures for one.
                await error.WriteLineAsync(
                    $"briefing: {report.Failed} of {report.Cases} cases failed and were not scored (see \"Failed cases\" in the report); first: {first.Id}: {first.Error}");
                return ExitCodes.EvalCasesFailed;
            }

            return ExitCodes.Success;
        });
    }
}
