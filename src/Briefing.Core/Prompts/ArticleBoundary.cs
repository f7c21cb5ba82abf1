using System.Security.Cryptography;
using System.Text;

namespace Briefing.Prompts;

/// <summary>Makes the delimiter that fences the article inside the prompt.</summary>
/// <remarks>
/// The delimiter is derived from a hash of the very text it fences, so an article cannot contain its own closing
/// delimiter: writing it into the article changes the hash. Deterministic, so prompt snapshots stay stable.
/// </remarks>
internal static class ArticleBoundary
{
    public static string For(string fencedText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fencedText));
        return $"=====ARTICLE-{Convert.ToHexStringLower(hash)[..16]}=====";
    }
}
