using System.Text;
using LLama;
using LLama.Native;

namespace Briefing.Providers.Local;

/// <summary>Formats chat turns with the model's chat template and tokenizes them so that message text cannot forge control tokens.</summary>
/// <remarks>
/// The template's own markup is tokenized with special tokens enabled, the message contents (which carry the untrusted article)
/// with special tokens disabled: an article containing "&lt;|im_start|&gt;system" stays plain text instead of opening a new turn.
/// </remarks>
internal sealed class LocalPromptTokenizer(LLamaWeights weights, string? templateName)
{
    /// <summary>The template in use: a llama.cpp template name, or "gguf" for the one in the model's metadata.</summary>
    public string TemplateName => templateName ?? "gguf";

    public static string? ChooseTemplate(LLamaWeights weights, string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : weights.Metadata.ContainsKey("tokenizer.chat_template") ? null
        : "chatml";

    public List<LLamaToken> Tokenize(LLamaContext context, IReadOnlyList<LocalChatMessage> messages)
    {
        var marker = $"\u0001{Guid.NewGuid():N}\u0001";
        var template = templateName is null ? new LLamaTemplate(weights) : new LLamaTemplate(templateName);
        template.AddAssistant = true;
        for (var i = 0; i < messages.Count; i++)
        {
            template.Add(messages[i].Role, $"{marker}{i}{marker}");
        }

        var rendered = Encoding.UTF8.GetString(template.Apply());
        var tokens = new List<LLamaToken>();
        var pieces = rendered.Split(marker);

        // Split by the marker, pieces alternate: template markup, message index, template markup, message index ...
        for (var p = 0; p < pieces.Length; p++)
        {
            var isContent = p % 2 == 1;
            var text = isContent ? messages[int.Parse(pieces[p], System.Globalization.CultureInfo.InvariantCulture)].Content : pieces[p];
            if (text.Length > 0 || p == 0)
            {
                tokens.AddRange(context.Tokenize(text, addBos: p == 0, special: !isContent));
            }
        }

        return tokens;
    }
}
