using MimeKit;

namespace Briefing.Delivery.Email;

/// <summary>A digest as an email: the HTML page (style sheets moved inline) with a plain-text alternative.</summary>
internal sealed class DigestEmail(TimeProvider time)
{
    public MimeMessage Create(EmailOptions options, Sending.DigestContent digest, string deliveryId)
    {
        var from = MailboxAddress.Parse(options.From ?? string.Empty);
        var message = new MimeMessage
        {
            Subject = digest.Subject,
            Date = time.GetUtcNow(),
            // Deterministic: a resend of the same digest carries the same id, so clients and archives can drop the copy.
            MessageId = $"{deliveryId}@{Domain(from)}",
        };
        message.From.Add(from);
        message.To.AddRange(options.To.Select(MailboxAddress.Parse));
        message.Cc.AddRange(options.Cc.Select(MailboxAddress.Parse));
        message.Bcc.AddRange(options.Bcc.Select(MailboxAddress.Parse));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = digest.Text, HtmlBody = Inline(digest.Html) };
        message.Body = body.ToMessageBody();
        return message;
    }

    // Many mail clients drop <style> blocks; a digest that has them gets their rules copied onto the elements.
    private static string Inline(string html) =>
        html.Contains("<style", StringComparison.OrdinalIgnoreCase)
            ? PreMailer.Net.PreMailer.MoveCssInline(html, removeStyleElements: false, stripIdAndClassAttributes: false, removeComments: true).Html
            : html;

    private static string Domain(MailboxAddress from)
    {
        var at = from.Address.LastIndexOf('@');
        return at >= 0 && at < from.Address.Length - 1 ? from.Address[(at + 1)..] : "briefing.invalid";
    }
}
