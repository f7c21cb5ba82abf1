using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Providers.Local;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App.Commands;

/// <summary><c>briefing model pull|list</c>: installs and shows the GGUF models the local provider runs.</summary>
internal sealed partial class ModelCommand(Action<IServiceCollection>? configureServices = null)
{
    private readonly Argument<string> _model = new("model")
    {
        Description = "A recommended model name (see 'briefing model list') or the https URL of a .gguf file.",
    };

    private readonly Option<string?> _sha256 = new("--sha256")
    {
        Description = "Expected SHA-256 of the file (64 hex digits); the download is deleted if it does not match.",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Download again even if the model is already installed.",
    };

    private readonly Option<string?> _directory = new("--dir")
    {
        Description = "Model folder to use instead of the per-user cache (Briefing:Model:Local:CacheDirectory).",
        Recursive = true,
    };

    public Command Build()
    {
        var pull = new Command("pull", "Download a model into the model folder (resumable, checksum-verified where a checksum is known).");
        pull.Arguments.Add(_model);
        pull.Options.Add(_sha256);
        pull.Options.Add(_force);
        pull.SetAction(PullAsync);

        var list = new Command("list", "Show installed models and the recommended ones.");
        list.SetAction(ListAsync);

        var command = new Command("model", "Manage local GGUF models for the local provider.") { pull, list };
        command.Options.Add(_directory);
        return command;
    }

    private Task<int> PullAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandFailures.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var requested = parse.GetValue(_model) ?? string.Empty;
            var sha256 = parse.GetValue(_sha256);
            if (sha256 is not null && !Sha256Pattern().IsMatch(sha256))
            {
                await error.WriteLineAsync("briefing: --sha256 must be 64 hexadecimal digits.");
                return ExitCodes.Usage;
            }

            if (!TryChoose(requested, out var url, out var fileName, out var entry))
            {
                await error.WriteLineAsync($"briefing: unknown model '{requested}'; use one of {string.Join(", ", LocalModelCatalog.ByName.Keys.Order(StringComparer.Ordinal))}, or the https URL of a .gguf file.");
                return ExitCodes.Usage;
            }

            using var host = Host(parse);
            var store = host.Services.GetRequiredService<LocalModelStore>();
            var destination = Path.Combine(store.Directory, fileName);
            if (File.Exists(destination) && !parse.GetValue(_force))
            {
                await output.WriteLineAsync($"Already installed: {destination} (use --force to download it again).");
                return ExitCodes.Success;
            }

            var expected = sha256 ?? entry?.Sha256;
            var size = entry is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (about {entry.ApproximateBytes / 1_000_000_000.0:F1} GB)");
            await error.WriteLineAsync($"Downloading {requested}{size} from {url}");
            var result = await host.Services.GetRequiredService<ModelDownloader>()
                .DownloadAsync(url, destination, expected, new DownloadProgressBar(error), cancellationToken);

            await output.WriteLineAsync($"Installed {LocalModelStore.NameOf(fileName)}: {result.Path} ({result.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
            await output.WriteLineAsync(result.Verified
                ? $"SHA-256 {result.Sha256} (verified)"
                : $"SHA-256 {result.Sha256} (NOT verified: no checksum is known for it; compare it with the one on the model's page, or pull again with --sha256)");
            await output.WriteLineAsync($"Use it with: briefing brief ARTICLE --provider local --model {(entry?.Name ?? result.Path)}");
            return ExitCodes.Success;
        });

    private Task<int> ListAsync(ParseResult parse, CancellationToken cancellationToken) =>
        CommandFailures.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var output = parse.InvocationConfiguration.Output;
            using var host = Host(parse);
            var store = host.Services.GetRequiredService<LocalModelStore>();
            var installed = store.Installed();
            await output.WriteLineAsync($"Model folder: {store.Directory}");
            if (installed.Count == 0)
            {
                await output.WriteLineAsync("No models installed.");
            }

            foreach (var model in installed)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {model.Name,-24} {model.Bytes / 1_000_000.0,8:F1} MB  {model.Path}"));
            }

            await output.WriteLineAsync("Recommended (briefing model pull NAME):");
            foreach (var entry in LocalModelCatalog.ByName.Values.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var mark = installed.Any(m => m.Name == entry.Name) ? "installed" : string.Empty;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {entry.Name,-24} ~{entry.ApproximateBytes / 1_000_000_000.0:F1} GB  {entry.Description} {mark}").TrimEnd());
            }

            return ExitCodes.Success;
        });

    private Microsoft.Extensions.Hosting.IHost Host(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(_directory) is { Length: > 0 } directory)
        {
            overrides[LocalModelOptions.SectionName + ":CacheDirectory"] = directory;
        }

        return Hosting.BriefingHost.Build(parse, overrides, verbose: false, configureServices);
    }

    private static bool TryChoose(string requested, out Uri url, out string fileName, out LocalModelCatalogEntry? entry)
    {
        if (LocalModelCatalog.ByName.TryGetValue(requested, out entry))
        {
            (url, fileName) = (entry.Url, entry.FileName);
            return true;
        }

        if (Uri.TryCreate(requested, UriKind.Absolute, out var given) && given.Scheme is "https" or "http"
            && Path.GetFileName(given.AbsolutePath) is { Length: > 0 } name && name.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase))
        {
            (url, fileName) = (given, name);
            return true;
        }

        (url, fileName) = (new Uri("about:blank"), string.Empty);
        return false;
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();
}
