using System.Globalization;
using Microsoft.Extensions.Options;

namespace Briefing.Providers.Local;

/// <summary>The context the local model runs with: the configured size, but never more than the model was trained on.</summary>
/// <remarks>
/// Past its trained context a model's attention degrades and llama.cpp warns; the default of 8,192 tokens would exceed the
/// 2,048 of many small models. The trained length is read from the GGUF header once, on first use.
/// </remarks>
internal sealed class LocalContextWindow
{
    private readonly Lazy<(int Configured, int? Trained)> _window;

    public LocalContextWindow(IOptions<ModelOptions> model, IOptions<LocalModelOptions> options, LocalModelStore store) =>
        _window = new Lazy<(int, int?)>(() =>
            (options.Value.ContextSize, model.Value.ModelId is { } id ? GgufContextLength.Read(store.Resolve(id)) : null));

    /// <summary>Tokens of context: Briefing:Model:Local:ContextSize, capped at the model's trained context.</summary>
    public int Tokens => _window.Value.Trained is { } trained ? Math.Min(_window.Value.Configured, trained) : _window.Value.Configured;

    /// <summary>What sets <see cref="Tokens"/>, for messages: the setting, or the model's training when that is the cap.</summary>
    public string Limit => _window.Value.Trained is { } trained && trained < _window.Value.Configured
        ? string.Create(CultureInfo.InvariantCulture, $"the {trained:N0}-token context the model was trained on")
        : $"{LocalModelOptions.SectionName}:ContextSize";
}
