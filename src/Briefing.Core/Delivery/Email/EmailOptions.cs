using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MimeKit;

namespace Briefing.Delivery.Email;

/// <summary>The SMTP server and recipients digests are mailed to; no email is sent while <see cref="Host"/> is empty.</summary>
internal sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Briefing:Delivery:Email";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public EmailSecurity Security { get; set; } = EmailSecurity.StartTls;

    public string? User { get; set; }

    /// <summary>Never put this in appsettings.json: set Briefing__Delivery__Email__Password in the environment, or user-secrets.</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. "Briefing &lt;briefing@example.org&gt;".</summary>
    public string? From { get; set; }

    public List<string> To { get; set; } = [];

    public List<string> Cc { get; set; } = [];

    public List<string> Bcc { get; set; } = [];

    /// <summary>SHA-256 fingerprint of a server certificate to trust although no authority vouches for it (a self-signed one).</summary>
    public string? TrustedCertificateSha256 { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The fingerprint as 64 upper-case hex digits, without separators; null when none is set.</summary>
    public string? TrustedFingerprint => string.IsNullOrWhiteSpace(TrustedCertificateSha256)
        ? null
        : TrustedCertificateSha256.Replace(":", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        const string Prefix = SectionName + ":";
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _))
        {
            yield return new($"{Prefix}From must be a sender address such as \"Briefing <briefing@example.org>\".", [nameof(From)]);
        }

        if (To.Count + Cc.Count + Bcc.Count == 0)
        {
            yield return new($"{Prefix}To, Cc or Bcc must name at least one recipient when {Prefix}Host is set.", [nameof(To)]);
        }

        foreach (var (list, name) in new[] { (To, nameof(To)), (Cc, nameof(Cc)), (Bcc, nameof(Bcc)) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!MailboxAddress.TryParse(list[i], out _))
                {
                    yield return new(string.Create(CultureInfo.InvariantCulture, $"{Prefix}{name}:{i} '{list[i]}' is not an email address."), [name]);
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(User) && string.IsNullOrEmpty(Password))
        {
            yield return new($"{Prefix}User is set but there is no password: set Briefing__Delivery__Email__Password in the environment or user-secrets.", [nameof(Password)]);
        }

        if (Security == EmailSecurity.None && !string.IsNullOrWhiteSpace(User))
        {
            yield return new($"{Prefix}Security None would send the password unencrypted; use StartTls or SslOnConnect.", [nameof(Security)]);
        }

        if (TrustedFingerprint is { } fingerprint && (fingerprint.Length != 64 || !fingerprint.All(Uri.IsHexDigit)))
        {
            yield return new($"{Prefix}TrustedCertificateSha256 must be a SHA-256 fingerprint: 64 hex digits, colons allowed.", [nameof(TrustedCertificateSha256)]);
        }
    }
}
