using MailKit.Net.Smtp;
using MimeKit;

namespace Briefing.Delivery.Email;

/// <summary>An SMTP client that sends to the recipients the server accepts and notes the ones it refuses.</summary>
/// <remarks>
/// MailKit's default gives up on the whole message at the first refused recipient, so one stale address would stop
/// everyone's digest and a retry would send it twice to the rest. The refused ones are reported instead.
/// </remarks>
internal sealed class RecipientTrackingSmtpClient : SmtpClient
{
    public List<string> Refused { get; } = [];

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
        Refused.Add($"{mailbox.Address} ({(int)response.StatusCode} {OneLine(response.Response)})");

    /// <summary>A server's reply as one short line: it is untrusted text and goes into logs and digests.</summary>
    internal static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
