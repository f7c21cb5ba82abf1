using System.Security.Cryptography;
using System.Text;
using Briefing.Articles;

namespace Briefing.Sources;

/// <summary>Identifies a story by its body text, so the same article from the inbox and from a feed is one story.</summary>
/// <remarks>The title is left out because formats detect it differently (a first line versus an HTML title); whitespace is collapsed for the same reason.</remarks>
internal static class ContentHash
{
    public static string Of(Article article)
    {
        var normalized = string.Join(' ', article.Paragraphs.SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
