using System.Text.RegularExpressions;

namespace Briefing.Articles;

/// <summary>Recognises photo captions and credits, which describe a picture rather than the story.</summary>
internal static partial class CaptionDetector
{
    public static bool IsCaption(string line) => CreditAtEnd().IsMatch(line) || CaptionLabel().IsMatch(line);

    // "(Getty Images)", "(AP Photo/Jane Doe)", "(Reuters)", "(Photo: ...)" closing a line. Non-backtracking because a
    // backtracking engine takes time quadratic or worse in the length of a line full of "(" and "/", which an article controls.
    [GeneratedRegex(@"\((?:Getty Images|AP Photo[^)]*|AP|Reuters[^)]*|AFP[^)]*|EPA[^)]*|Photo[^)]*|Image[^)]*|Credit[^)]*|[^)]*/\s*(?:Getty|AFP|Reuters|AP)[^)]*)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CreditAtEnd();

    [GeneratedRegex(@"^\s*(?:Photo|Image|Caption|Picture|Credit)s?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();
}
