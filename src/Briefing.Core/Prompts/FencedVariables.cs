using Briefing.Articles;

namespace Briefing.Prompts;

/// <summary>The variables every prompt uses to fence untrusted text: the title, the source, the text itself, and the
/// boundary derived from exactly those three.</summary>
/// <remarks>One place for the rule, so no prompt can fence text with a boundary computed over something else.</remarks>
internal static class FencedVariables
{
    /// <summary>Shown when an article has no title, so the template's "Title:" line is never empty.</summary>
    public const string NoTitle = "(none)";

    /// <summary>The fenced variables, with the text under <paramref name="textVariable"/>; callers add their own.</summary>
    public static Dictionary<string, string> For(Article article, string textVariable, string text)
    {
        var title = article.Title ?? NoTitle;
        return new Dictionary<string, string>
        {
            ["title"] = title,
            ["source"] = article.Source,
            [textVariable] = text,
            ["boundary"] = ArticleBoundary.For($"{title}\n{article.Source}\n{text}"),
        };
    }
}
