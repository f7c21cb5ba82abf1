using Briefing.Briefings;
using LLama;
using LLama.Common;
using LLama.Exceptions;
using LLama.Native;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Providers.Local;

/// <summary>The in-process model of the local provider: loaded on first use, kept for the life of the process, one generation at a time.</summary>
/// <remarks>
/// Registered as a singleton, so the worker reuses one copy of the weights for every article. Requests are serialized because
/// a CPU model already uses every core for one generation; running two at once would only make both slower and double the memory.
/// Nothing here runs (and the native library is not loaded) unless the local provider is configured.
/// </remarks>
internal sealed partial class LocalModelRuntime(
    IOptions<ModelOptions> model, IOptions<LocalModelOptions> options, LocalModelStore store, LocalContextWindow window, TimeProvider time, ILoggerFactory loggers)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger = loggers.CreateLogger<LocalModelRuntime>();
    private LoadedLocalModel? _loaded;
    private bool _disposed;

    public bool IsLoaded => _loaded is not null;

    /// <summary>How many times the weights were read from disk in this process (once, unless unloaded).</summary>
    public int LoadCount { get; private set; }

    /// <summary>Loads the model now (the first generation would otherwise do it), e.g. to fail fast at startup.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _loaded ??= await LoadCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<LocalGeneration> GenerateAsync(IReadOnlyList<LocalChatMessage> messages, LocalGenerationRequest request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _loaded ??= await LoadCoreAsync(cancellationToken);
            var result = await GenerateWithTimeoutAsync(_loaded, messages, request, cancellationToken);
            LogGenerated(_logger, result.PromptTokens, result.PromptTime.TotalSeconds, result.CompletionTokens, result.GenerationTime.TotalSeconds);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Briefing:Model:RequestTimeout bounds the generation itself, not the wait behind other requests or the one-off load.
    private async Task<LocalGeneration> GenerateWithTimeoutAsync(
        LoadedLocalModel loaded, IReadOnlyList<LocalChatMessage> messages, LocalGenerationRequest request, CancellationToken cancellationToken)
    {
        var limit = model.Value.RequestTimeout;
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await loaded.GenerateAsync(messages, request, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ModelException(
                $"The local model did not finish within {limit} (Briefing:Model:RequestTimeout); raise it, use a shorter --length or a smaller model.")
            {
                IsTransient = true,
            };
        }
    }

    /// <summary>Frees the weights; the next generation loads them again.</summary>
    public void Unload()
    {
        _gate.Wait();
        try
        {
            _loaded?.Dispose();
            _loaded = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        var wasLoaded = LoadCount > 0;
        Unload();
        _gate.Dispose();
        if (wasLoaded)
        {
            // The native log callback is process-wide; do not leave it pointing at this instance's (soon disposed) logger.
            NativeLogConfig.llama_log_set(static (_, _) => { });
        }

        _disposed = true;
    }

    private async Task<LoadedLocalModel> LoadCoreAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var name = model.Value.ModelId ?? throw new InvalidOperationException("Model options were not validated.");
        var path = store.Resolve(name);
        if (!File.Exists(path))
        {
            var remedy = LocalModelCatalog.ByName.ContainsKey(name)
                ? $"run 'briefing model pull {name}'"
                : "give the path of a .gguf file, or a name from 'briefing model list'";
            throw new SettingException("Briefing:Model:ModelId", $"Local model file '{path}' does not exist (Briefing:Model:ModelId '{name}'); {remedy}.");
        }

        if (!await GgufFile.HasSignatureAsync(path, cancellationToken))
        {
            throw new ModelException($"'{path}' is not a GGUF model file (it lacks the GGUF signature); download the model again or pick another file.");
        }

        var local = options.Value;
        var parameters = new ModelParams(path)
        {
            ContextSize = (uint)window.Tokens,
            GpuLayerCount = local.GpuLayers,
            Threads = local.Threads,
        };

        // llama.cpp logs every loading step; route it through logging (warnings and up by default) instead of stderr.
        NativeLogConfig.llama_log_set(loggers.CreateLogger("LLama.Native"));
        LLamaWeights weights;
        try
        {
            weights = await LLamaWeights.LoadFromFileAsync(parameters, cancellationToken);
        }
        catch (LoadWeightsFailedException e)
        {
            throw new ModelException($"The local model '{path}' could not be loaded: the file is damaged, truncated or of an unsupported architecture.", e);
        }
        catch (Exception e) when (e is RuntimeError or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException)
        {
            throw new ModelException(
                "The local model runtime (llama.cpp) could not start on this machine: its native library is missing or does not suit this CPU; " +
                "reinstall briefing, or use another provider.",
                e);
        }

        try
        {
            var template = LocalPromptTokenizer.ChooseTemplate(weights, local.ChatTemplate);
            var loaded = new LoadedLocalModel(path, weights, parameters, new LocalPromptTokenizer(weights, template), local, window.Limit, time);
            LoadCount++;
            LogLoaded(_logger, path, loaded.TemplateName);
            return loaded;
        }
        catch
        {
            weights.Dispose();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded local model {Path} (chat template {Template})")]
    private static partial void LogLoaded(ILogger logger, string path, string template);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local model read {PromptTokens} prompt tokens in {PromptSeconds:F2} s and wrote {CompletionTokens} in {GenerationSeconds:F2} s")]
    private static partial void LogGenerated(ILogger logger, int promptTokens, double promptSeconds, int completionTokens, double generationSeconds);
}
