using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Briefing.App.Hosting;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Pipeline;
using Briefing.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Hosting;

public sealed class MetricsExportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-otlp-").FullName;

    [Fact]
    public async Task Build_OtlpEndpointSet_ExportsTheBriefingMeterWhenTheHostStops()
    {
        var received = new ConcurrentQueue<(string Path, string ContentType, byte[] Body)>();
        await using var collector = await StartCollectorAsync(received);
        var reply = Path.Combine(_folder, "reply.json");
        await File.WriteAllTextAsync(reply, """{"briefing":"Talks go on.","key_points":["Lavrov advised more talks."]}""");

        var endpoint = collector.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using (var host = BriefingHost.Build(Overrides(reply, endpoint), verbose: false))
        {
            await host.StartAsync();
            var bytes = await File.ReadAllBytesAsync(RepositoryPaths.Sample);
            var article = host.Services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("lavrov-talks.txt", bytes, null, ".txt"));
            await host.Services.GetRequiredService<BriefingPipeline>().BriefAsync(article, new BriefingSettings(), CancellationToken.None);
            await host.StopAsync();
        }

        var export = Assert.Single(received, r => r.Path == "/v1/metrics");
        Assert.Equal("application/x-protobuf", export.ContentType);
        // Protobuf keeps strings as UTF-8, so the instrument names are readable in the body.
        var body = Encoding.UTF8.GetString(export.Body);
        Assert.Contains("briefing.model.tokens", body, StringComparison.Ordinal);
        Assert.Contains("briefing.model.outcomes", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoOtlpEndpoint_RegistersNoExporter()
    {
        using var host = BriefingHost.Build(new Dictionary<string, string?>(), verbose: false);

        Assert.Null(host.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, string?> Overrides(string reply, string endpoint) => new()
    {
        ["Briefing:Model:Provider"] = "fake",
        ["Briefing:Model:FakeReplyPath"] = reply,
        ["Briefing:Cache:Enabled"] = "false",
        [MetricsExport.EndpointVariable] = endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
    };

    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, string, byte[])> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path.Value ?? string.Empty, context.Request.ContentType ?? string.Empty, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
