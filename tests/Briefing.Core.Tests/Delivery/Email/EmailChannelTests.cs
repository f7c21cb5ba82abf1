using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefing.Delivery.Sending;
using Briefing.Support;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Briefing.Delivery.Email;

public sealed class EmailChannelTests
{
    private const string Password = "s3cret-Pa55word";

    private static readonly DigestContent Digest = new(
        "digest-2026-03-02-070000",
        "Briefing digest 2026-03-02 07:00",
        "<!DOCTYPE html><html><head><title>Briefing digest 2026-03-02 07:00</title></head><body><h1>Digest</h1><p>Harbour <b>reopens</b>.</p></body></html>",
        "# Digest\n\nHarbour **reopens**.\n",
        "# Digest\n\nHarbour reopens.\n",
        Articles: 3,
        Failures: 1,
        [new Uri("https://example.org/harbour")]);

    private readonly FakeLogger<EmailChannel> _logger = new();

    [Fact]
    public async Task SendAsync_PlainRelay_DeliversHeadersBothPartsAndEveryRecipient()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var options = Options(server.Port, EmailSecurity.None);

        await Channel(options).SendAsync(Target(options), Digest, "digest-2026-03-02-070000.email.0badc0de", CancellationToken.None);

        var mail = Assert.Single(server.Received);
        var message = mail.Message;
        Assert.Equal("briefing@example.org", mail.From);
        Assert.Equal(["desk@example.org", "editor@example.org", "archive@example.org"], mail.Recipients);
        Assert.Equal("\"Briefing\" <briefing@example.org>", message.From.ToString());
        Assert.Equal("desk@example.org", message.To.ToString());
        Assert.Equal("editor@example.org", message.Cc.ToString());
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain("archive@example.org", mail.Raw.Split("\r\n\r\n")[0], StringComparison.Ordinal);
        Assert.Equal("Briefing digest 2026-03-02 07:00: 3 articles, 1 failure", message.Subject);
        Assert.Equal("digest-2026-03-02-070000.email.0badc0de@example.org", message.MessageId);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 6, 0, 5, TimeSpan.Zero), message.Date);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal(Digest.Text, message.TextBody!.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("<p>Harbour <b>reopens</b>.</p>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_DigestWithStyleSheet_MovesItsRulesOntoTheElements()
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var options = Options(server.Port, EmailSecurity.None);
        var styled = Digest with { Html = "<html><head><title>T</title><style>h1 { color: #123456; }</style></head><body><h1>Digest</h1></body></html>" };

        await Channel(options).SendAsync(Target(options), styled, "id", CancellationToken.None);

        var html = Assert.Single(server.Received).Message.HtmlBody;
        Assert.Matches("<h1 style=\"color: ?#123456;?\">Digest</h1>", html);
    }

    [Fact]
    public async Task SendAsync_StartTlsWithTrustedSelfSignedCertificateAndLogin_DeliversAsTheUserWithoutLeakingThePassword()
    {
        using var certificate = LoopbackSmtpServer.SelfSignedCertificate();
        await using var server = await LoopbackSmtpServer.StartAsync(login: ("briefing", Password), certificate: certificate);
        var options = Options(server.Port, EmailSecurity.StartTls);
        options.User = "briefing";
        options.Password = Password;
        options.TrustedCertificateSha256 = string.Join(':', LoopbackSmtpServer.Fingerprint(certificate).Chunk(2).Select(c => new string(c)));

        await Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None);

        var mail = Assert.Single(server.Received);
        Assert.Equal("briefing", mail.User);
        Assert.DoesNotContain(Password, mail.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)), mail.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), r => r.Message.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_WrongPassword_FailsNamingTheLoginAndNotThePassword()
    {
        using var certificate = LoopbackSmtpServer.SelfSignedCertificate();
        await using var server = await LoopbackSmtpServer.StartAsync(login: ("briefing", "the-right-one"), certificate: certificate);
        var options = Options(server.Port, EmailSecurity.StartTls);
        options.User = "briefing";
        options.Password = Password;
        options.TrustedCertificateSha256 = LoopbackSmtpServer.Fingerprint(certificate);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None));

        Assert.StartsWith($"127.0.0.1:{server.Port} refused the user name or password of Briefing:Delivery:Email:User", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task SendAsync_SelfSignedCertificateNotTrusted_IsRefusedAndTheMessageNamesItsFingerprint()
    {
        using var certificate = LoopbackSmtpServer.SelfSignedCertificate();
        await using var server = await LoopbackSmtpServer.StartAsync(certificate: certificate);
        var options = Options(server.Port, EmailSecurity.StartTls);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None));

        Assert.Equal(
            $"The TLS certificate of 127.0.0.1:{server.Port} is not trusted (self-signed or expired?); if it is your server's own certificate, trust it with Briefing:Delivery:Email:TrustedCertificateSha256 = {LoopbackSmtpServer.Fingerprint(certificate)}.",
            failure.Message);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task SendAsync_SslOnConnectWithTrustedCertificate_Delivers()
    {
        using var certificate = LoopbackSmtpServer.SelfSignedCertificate();
        await using var server = await LoopbackSmtpServer.StartAsync(certificate: certificate, implicitTls: true);
        var options = Options(server.Port, EmailSecurity.SslOnConnect);
        options.TrustedCertificateSha256 = LoopbackSmtpServer.Fingerprint(certificate).ToLowerInvariant();

        await Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None);

        Assert.Single(server.Received);
    }

    [Fact]
    public async Task SendAsync_OneRecipientRefused_TheOthersGetItAndTheRefusedOneIsLogged()
    {
        await using var server = await LoopbackSmtpServer.StartAsync(refuseRecipient: to => to == "editor@example.org");
        var options = Options(server.Port, EmailSecurity.None);

        await Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None);

        Assert.Equal(["desk@example.org", "archive@example.org"], Assert.Single(server.Received).Recipients);
        var warning = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Contains("editor@example.org (550", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_EveryRecipientRefused_FailsListingThem()
    {
        await using var server = await LoopbackSmtpServer.StartAsync(refuseRecipient: _ => true);
        var options = Options(server.Port, EmailSecurity.None);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None));

        Assert.StartsWith($"127.0.0.1:{server.Port} refused every recipient: desk@example.org (550", failure.Message, StringComparison.Ordinal);
        Assert.Contains("archive@example.org (550", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task SendAsync_ServerDropsTheConnectionAfterGreeting_FailsWithOneLine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var dropping = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            await stream.WriteAsync("220 localhost ESMTP\r\n"u8.ToArray());
            _ = await stream.ReadAtLeastAsync(new byte[512], 1, throwOnEndOfStream: false);
            client.Client.Close();
        });
        var options = Options(port, EmailSecurity.None);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None));
        await dropping;

        Assert.StartsWith($"127.0.0.1:{port} closed the connection", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task SendAsync_NothingListening_FailsNamingTheServer()
    {
        var options = Options(LoopbackSmtpServer.FreePort(), EmailSecurity.None);

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Channel(options).SendAsync(Target(options), Digest, "id", CancellationToken.None));

        Assert.StartsWith($"Could not talk to the SMTP server 127.0.0.1:{options.Port}", failure.Message, StringComparison.Ordinal);
    }

    private static EmailOptions Options(int port, EmailSecurity security) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = security,
        From = "Briefing <briefing@example.org>",
        To = ["desk@example.org"],
        Cc = ["editor@example.org"],
        Bcc = ["archive@example.org"],
        Timeout = TimeSpan.FromSeconds(10),
    };

    private static DeliveryTarget Target(EmailOptions options) => Assert.Single(new EmailChannel(Microsoft.Extensions.Options.Options.Create(options), new DigestEmail(TimeProvider.System), new FakeLogger<EmailChannel>()).Targets());

    private EmailChannel Channel(EmailOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new DigestEmail(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 5, TimeSpan.Zero))), _logger);
}
