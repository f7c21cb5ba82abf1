using System.Globalization;
using System.Text;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls.Usage;
using Briefing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks.Harness;

/// <summary>What the model reads per article: prompt tokens against article tokens, the template's fixed overhead and the number of calls.</summary>
/// <remarks>Counted with the same tokenizer the product uses for budgets (o200k_base for the model id used here).</remarks>
internal sealed class TokenHarness
{
    private const string Model = "gpt-4o-mini";

    public async Task<string> RunAsync(string label, string text, IDictionary<string, string?>? settings = null)
    {
        var model = new ScriptedChatCompletionService(TimeSpan.Zero);
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Briefing:Model:ModelId"] = Model,
            ["Briefing:Cache:Enabled"] = "false",
        };
        await using var services = BenchmarkServices.Create(model, values);
        var counter = services.GetRequiredService<TokenCounter>();
        var article = services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("bench.txt", Encoding.UTF8.GetBytes(text), null, ".txt"));
        try
        {
            await services.GetRequiredService<BriefingPipeline>().BriefAsync(article, new BriefingSettings(), CancellationToken.None);
        }
        catch (ModelException e)
        {
            return $"{label}: refused after {model.Calls} model calls: {e.Message}";
        }

        var articleTokens = counter.Count(Model, article.Body);
        var promptTokens = model.Received.Select(chat => chat.Sum(m => counter.Count(Model, m.Content ?? string.Empty))).ToList();
        var first = promptTokens[0];
        if (model.Calls == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{label}: article {articleTokens:N0} tokens, prompt {first:N0} tokens = {first / (double)articleTokens:F2}× the article; fixed template overhead {first - articleTokens:N0} tokens (target ≤ 400); model calls 1 (target 1)");
        }

        var parts = model.Received.Count(chat => chat[0].Content?.Contains("taking notes on a long news article", StringComparison.Ordinal) == true);
        var combines = model.Received.Count(chat => chat[0].Content?.Contains("condensing notes", StringComparison.Ordinal) == true);
        var budget = int.Parse(values.GetValueOrDefault("Briefing:Model:ContextTokens") ?? "32768", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: article {articleTokens:N0} tokens; {model.Calls} model calls ({parts} part notes, {combines} combining, {model.Calls - parts - combines} briefing); {promptTokens.Sum():N0} prompt tokens in all = {promptTokens.Sum() / (double)articleTokens:F2}× the article; largest prompt {promptTokens.Max():N0} tokens of a {budget:N0}-token budget");
    }
}
