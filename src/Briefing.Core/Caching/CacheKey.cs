using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Providers;

namespace Briefing.Caching;

/// <summary>The cache key: a SHA-256 over everything that shapes the model's reply, so a change to any of it misses.</summary>
/// <remarks>The article is normalized (whitespace runs collapsed) so the same story saved twice with different line breaks still hits.</remarks>
internal static partial class CacheKey
{
    public static string For(Article article, BriefingSettings settings, string promptVersion, ModelOptions model)
    {
        var parts = new[]
        {
            "v1",
            Normalize(article.Title ?? string.Empty),
            Normalize(article.Source),
            Normalize(article.Body),
            promptVersion,
            model.Provider.ToLowerInvariant(),
            model.Endpoint?.ToString() ?? string.Empty,
            model.Deployment ?? string.Empty,
            model.DisplayModel,
            model.ResponseFormat.ToString(),
            settings.Language?.Trim() ?? string.Empty,
            settings.Length.ToString(),
        };

        // The separator cannot occur in normalized text, so fields cannot run into each other.
        var canonical = string.Join('\u001f', parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u001f]+")]
    private static partial Regex Whitespace();
}
