namespace Briefing.Delivery.Sending;

/// <summary>A digest as it was written to disk, ready to send: its HTML page, its Markdown and a plain-text version.</summary>
/// <param name="Name">The file name without extension, e.g. digest-2026-03-02-070000.</param>
/// <param name="Title">The HTML page's title, e.g. "Briefing for Monday, 2 March 2026".</param>
/// <param name="Html">The HTML page as written.</param>
/// <param name="Markdown">The Markdown as written (empty if there was none).</param>
/// <param name="Text">The plain-text version: NAME.txt if written, else derived from the Markdown.</param>
/// <param name="Articles">Briefings listed in the digest, when the state database knows; null for a file it does not know.</param>
/// <param name="Failures">Failures listed in the digest, when known.</param>
/// <param name="Links">The http(s) links in the digest, in order, without duplicates.</param>
internal sealed record DigestContent(
    string Name, string Title, string Html, string Markdown, string Text, int? Articles, int? Failures, IReadOnlyList<Uri> Links)
{
    /// <summary>"Briefing for Monday, 2 March 2026: 7 articles, 1 failure" (counts only when known).</summary>
    public string Subject
    {
        get
        {
            if (Articles is not { } articles)
            {
                return Title;
            }

            var counts = $"{articles} {(articles == 1 ? "article" : "articles")}";
            return Failures is > 0 ? $"{Title}: {counts}, {Failures} {(Failures == 1 ? "failure" : "failures")}" : $"{Title}: {counts}";
        }
    }
}
