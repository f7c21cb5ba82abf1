using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Briefing.Support;

/// <summary>A real SMTP server (the SmtpServer package) on 127.0.0.1 that keeps what it receives for the test to check.</summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private LoopbackSmtpServer(int port, SmtpServer.SmtpServer server)
    {
        Port = port;
        _running = server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>Starts a server; <paramref name="login"/> requires that user and password, <paramref name="certificate"/> offers TLS.</summary>
    public static async Task<LoopbackSmtpServer> StartAsync(
        (string User, string Password)? login = null,
        Func<string, bool>? refuseRecipient = null,
        X509Certificate2? certificate = null,
        bool implicitTls = false)
    {
        var port = FreePort();
        LoopbackSmtpServer? self = null;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).AllowUnsecureAuthentication(certificate is null).AuthenticationRequired(login is not null);
                if (certificate is not null)
                {
                    endpoint.Certificate(certificate).IsSecure(implicitTls);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(mail => self?.Received.Enqueue(mail)));
        services.Add(new DelegatingMailboxFilter((_, to, _) => refuseRecipient is null || !refuseRecipient(Address(to))));
        services.Add(new DelegatingUserAuthenticator((user, password) => login is { } expected && user == expected.User && password == expected.Password));
        self = new LoopbackSmtpServer(port, new SmtpServer.SmtpServer(options, services));
        await WaitUntilListeningAsync(port);
        return self;
    }

    /// <summary>A certificate for localhost and 127.0.0.1 that no authority signed.</summary>
    public static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(30));
        // A certificate with an ephemeral key cannot serve TLS on every platform; a PFX round trip makes its key usable.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    public static string Fingerprint(X509Certificate2 certificate) => Convert.ToHexString(SHA256.HashData(certificate.RawData));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
    }

    private static string Address(SmtpServer.Mail.IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        throw new InvalidOperationException("The loopback SMTP server did not start.");
    }

    private sealed class Store(Action<ReceivedMail> received) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var bytes = buffer.ToArray();
            using var stream = new MemoryStream(bytes);
            var message = MimeMessage.Load(stream, cancellationToken);
            var user = context.Authentication.IsAuthenticated ? context.Authentication.User : null;
            received(new ReceivedMail(user, Address(transaction.From), transaction.To.Select(Address).ToList(), message, Encoding.UTF8.GetString(bytes)));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
