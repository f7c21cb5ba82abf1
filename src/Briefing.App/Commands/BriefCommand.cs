using System.CommandLine;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.Engines.Model;
using Briefing.ModelCalls.Usage;
using Briefing.Pipeline;
using Briefing.Providers;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.App.Commands;

/// <summary><c>briefing brief &lt;source&gt;</c>: one article in, one briefing out.</summary>
internal sealed class BriefCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Argument<string> _source = new("source")
    {
        Description = "The article: a file path, an http(s) URL, or - to read standard input.",
    };

    private readonly Option<OutputFormat> _format = new("--format", "-f")
    {
        Description = "Output format: markdown, json or text.",
        DefaultValueFactory = _ => OutputFormat.Markdown,
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the briefing to this file (atomically) instead of standard output.",
    };

    private readonly Option<ArticleFormat> _inputFormat = new("--input-format")
    {
        Description = "Read the article as auto (detect), text, markdown or html.",
        DefaultValueFactory = _ => ArticleFormat.Auto,
    };

    private readonly Option<string?> _language = new("--language", "-l")
    {
        Description = "Language of the briefing, e.g. English or de; defaults to the article's language.",
    };

    private readonly Option<BriefingLength> _length = new("--length")
    {
        Description = "Briefing length: short (~50 words, 3 points), medium (~100, 5) or long (~200, 8).",
        DefaultValueFactory = _ => BriefingLength.Medium,
    };

    private readonly ProviderOptions _provider = new();

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log progress and timings, and the tokens and cost of the model calls, to standard error.",
    };

    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Neither read nor write the briefing cache: always call the model.",
    };

    private readonly Option<bool> _printPrompt = new("--print-prompt")
    {
        Description = "Print the system and user messages a model would get for this article, and exit without calling one.",
    };

    public Command Build()
    {
        var command = new Command("brief", "Write a briefing and key points for one article.");
        command.Arguments.Add(_source);
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_inputFormat);
        command.Options.Add(_language);
        command.Options.Add(_length);
        _provider.AddTo(command);
        command.Options.Add(_verbose);
        command.Options.Add(_noCache);
        command.Options.Add(_printPrompt);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        return await CommandFailures.GuardAsync(error, async () =>
        {
            var overrides = new Dictionary<string, string?>(_provider.Overrides(parse));
            if (parse.GetValue(_noCache))
            {
                overrides["Briefing:Cache:Enabled"] = "false";
            }

            var input = new ArticleInput(parse.GetValue(_source) ?? ArticleInput.StandardInput, parse.GetValue(_inputFormat));
            var settings = new BriefingSettings(parse.GetValue(_language), parse.GetValue(_length));
            if (parse.GetValue(_printPrompt))
            {
                return await PrintPromptAsync(parse, overrides, input, settings, cancellationToken);
            }

            using var host = Hosting.BriefingHost.Build(parse, overrides, parse.GetValue(_verbose), configureServices);
            var services = host.Services;
            BriefingResult result;
            var model = services.GetRequiredService<IOptions<ModelOptions>>().Value;
            await using (model.Kind == ModelProvider.Extractive ? null : ModelCallSpinner.ForTerminal(error, $"{model.Provider} {model.DisplayModel}"))
            {
                result = await services.GetRequiredService<BriefingPipeline>().BriefAsync(input, settings, cancellationToken);
            }

            var rendered = services.GetRequiredService<BriefingRenderers>().For(parse.GetValue(_format)).Render(result);
            if (parse.GetValue(_output) is { } path)
            {
                await services.GetRequiredService<AtomicFileWriter>().WriteAsync(path, rendered, cancellationToken);
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteAsync(rendered);
            }

            if (parse.GetValue(_verbose) && result.Usage is { } usage)
            {
                await error.WriteLineAsync(UsageSummary.Describe(usage));
            }

            return ExitCodes.Success;
        });
    }

    // The real pipeline runs up to the model call, with a chat service that records the messages instead of sending them.
    private async Task<int> PrintPromptAsync(ParseResult parse, Dictionary<string, string?> overrides, ArticleInput input, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var capture = new PromptCapture();
        overrides["Briefing:Cache:Enabled"] = "false";
        using var host = Hosting.BriefingHost.Build(parse, overrides, parse.GetValue(_verbose), services =>
        {
            configureServices?.Invoke(services);
            services.AddSingleton(_ =>
            {
                var kernel = Kernel.CreateBuilder();
                kernel.Services.AddSingleton<IChatCompletionService>(capture);
                return kernel.Build();
            });
            // Also with the extractive engine configured: the point is to see what a model would be given.
            services.AddSingleton<IBriefingEngine>(sp => sp.GetRequiredService<ModelBriefingEngine>());
        });
        try
        {
            await host.Services.GetRequiredService<BriefingPipeline>().BriefAsync(input, settings, cancellationToken);
        }
        catch (PromptCapturedException)
        {
            // Expected: the run stops where the model would be called.
        }

        var output = parse.InvocationConfiguration.Output;
        foreach (var message in capture.Messages ?? [])
        {
            await output.WriteLineAsync($"--- {message.Role.Label} ---");
            await output.WriteLineAsync(message.Content);
        }

        return ExitCodes.Success;
    }
}
