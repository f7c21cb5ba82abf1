using System.Net;
using System.Net.Http.Headers;
using Briefing.Support;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.ModelCalls.Resilience;

public sealed class RetryAfterTests
{
    private readonly FakeTimeProvider _time = new(TestPipeline.Now);

    [Fact]
    public void Of_Seconds_IsThatWait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3600));

        Assert.Equal(TimeSpan.FromHours(1), RetryAfter.Of(response, _time));
    }

    [Fact]
    public void Of_HttpDate_IsTheTimeUntilThen()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TestPipeline.Now.AddMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), RetryAfter.Of(response, _time));
    }

    [Fact]
    public void Of_RetryAfterMilliseconds_WinsOverTheCoarserHeader()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
        response.Headers.TryAddWithoutValidation("retry-after-ms", "1500");

        Assert.Equal(TimeSpan.FromMilliseconds(1500), RetryAfter.Of(response, _time));
    }

    [Fact]
    public void Of_NoHeaderOrNoResponse_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(RetryAfter.Of(response, _time));
        Assert.Null(RetryAfter.Of((HttpResponseMessage?)null, _time));
    }

    [Theory]
    [InlineData(7, "7 s")]
    [InlineData(119, "119 s")]
    [InlineData(3600, "60 min")]
    [InlineData(9000, "2.5 h")]
    public void Describe_Wait_ReadsAsAPersonWouldSayIt(int seconds, string expected) =>
        Assert.Equal(expected, RetryAfter.Describe(TimeSpan.FromSeconds(seconds)));
}
