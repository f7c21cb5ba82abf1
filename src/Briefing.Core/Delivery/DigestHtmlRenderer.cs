using System.Net;
using Markdig;

namespace Briefing.Delivery;

/// <summary>The Markdown digest as a standalone HTML page that reads well in a browser and in an email client.</summary>
/// <remarks>Styles are inline on the body because many mail clients drop style sheets; article text arrives escaped by the Markdown renderer.</remarks>
public sealed class DigestHtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public string Render(string markdown, string title)
    {
        var body = Markdown.ToHtml(markdown, Pipeline);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            </head>
            <body style="margin:0 auto;max-width:42em;padding:1em;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.5;color:#222;background:#fff;">
            {body}</body>
            </html>

            """;
    }
}
