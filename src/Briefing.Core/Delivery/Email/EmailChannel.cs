using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Briefing.Delivery.Sending;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery.Email;

/// <summary>Mails digests over SMTP with MailKit to the configured recipients.</summary>
internal sealed partial class EmailChannel(IOptions<EmailOptions> options, DigestEmail email, ILogger<EmailChannel> logger) : IDeliveryChannel
{
    public IReadOnlyList<DeliveryTarget> Targets() =>
        options.Value.Enabled ? [new DeliveryTarget("email", $"email via {options.Value.Host}:{options.Value.Port.ToString(CultureInfo.InvariantCulture)}")] : [];

    public async Task SendAsync(DeliveryTarget target, DigestContent digest, string messageId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = email.Create(settings, digest, messageId);
        string? presented = null;
        using var client = new RecipientTrackingSmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            presented = certificate is null ? null : Fingerprint(certificate);
            return errors == SslPolicyErrors.None || (presented is not null && presented == settings.TrustedFingerprint);
        };
        var where = $"{settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            await client.ConnectAsync(settings.Host ?? string.Empty, settings.Port, Socket(settings.Security), cancellationToken);
            if (!string.IsNullOrWhiteSpace(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SslHandshakeException e)
        {
            var hint = presented is null ? string.Empty : $"; if it is your server's own certificate, trust it with Briefing:Delivery:Email:TrustedCertificateSha256 = {presented}";
            throw new DeliveryException($"The TLS certificate of {where} is not trusted (self-signed or expired?){hint}.", e);
        }
        catch (AuthenticationException e)
        {
            throw new DeliveryException($"{where} refused the user name or password of Briefing:Delivery:Email:User ({RecipientTrackingSmtpClient.OneLine(e.Message)}).", e);
        }
        catch (SmtpCommandException e)
        {
            throw new DeliveryException(CommandFailure(e, where, client.Refused), e);
        }
        catch (SmtpProtocolException e)
        {
            throw new DeliveryException($"{where} closed the connection or broke the SMTP protocol ({RecipientTrackingSmtpClient.OneLine(e.Message)}); tried again on the next run.", e);
        }
        catch (Exception e) when (e is SocketException or IOException or ServiceNotConnectedException)
        {
            throw new DeliveryException($"Could not talk to the SMTP server {where}: {RecipientTrackingSmtpClient.OneLine(e.Message)}", e);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DeliveryException($"The SMTP server {where} did not answer within {settings.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.", e);
        }

        if (client.Refused.Count > 0)
        {
            // Sent to the others: a retry would mail them twice, so the refused addresses are only reported.
            Log.RecipientsRefused(logger, digest.Name, string.Join(", ", client.Refused));
        }
    }

    private static string CommandFailure(SmtpCommandException e, string where, List<string> refused) => e.ErrorCode switch
    {
        SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted when refused.Count > 0
            => $"{where} refused every recipient: {string.Join(", ", refused)}.",
        SmtpErrorCode.SenderNotAccepted => $"{where} refused the sender {e.Mailbox?.Address} ({(int)e.StatusCode} {RecipientTrackingSmtpClient.OneLine(e.Message)}); check Briefing:Delivery:Email:From.",
        _ => $"{where} did not accept the message ({(int)e.StatusCode} {RecipientTrackingSmtpClient.OneLine(e.Message)}).",
    };

    private static SecureSocketOptions Socket(EmailSecurity security) => security switch
    {
        EmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        EmailSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    private static string Fingerprint(X509Certificate certificate) => Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));

    private static partial class Log
    {
        [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "Digest {Digest}: the SMTP server refused some recipients, the others got it: {Refused}")]
        public static partial void RecipientsRefused(ILogger logger, string digest, string refused);
    }
}
