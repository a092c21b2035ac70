using System.Net;
using System.Text.Json;
using KbSite.Search;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace KbSite.Hosting;

public sealed class SecurityHeadersTests : SiteTest
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/Q152877")]
    [InlineData("/no/such/page")]
    public async Task Pages_carry_the_security_headers_and_a_content_security_policy(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/api/admin/users", HttpStatusCode.Unauthorized)]
    [InlineData("/api/no-such-api", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/Q999999", HttpStatusCode.NotFound)]
    public async Task Api_failures_are_problem_details_not_pages(string url, HttpStatusCode status)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_redirect_names_a_path_on_this_site_never_the_host_a_client_sent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Host = "evil.example";

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_api_failure_is_a_500_problem_without_a_stack_trace()
    {
        var http = new DefaultHttpContext { RequestServices = Site.Services };
        http.Response.Body = new MemoryStream();
        http.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = new InvalidOperationException("secret detail"), Path = "/api/match" });

        var handled = await new ErrorResponses().TryHandleAsync(http, new InvalidOperationException("secret detail at KbSite.Matching.EventMatcher"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
        var body = System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
        Assert.Contains(ErrorResponses.Unexpected, body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("EventMatcher", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_fails_shows_the_error_page_with_the_status()
    {
        var http = new DefaultHttpContext();
        http.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = new SearchUnavailableException(), Path = "/search" });

        var handled = await new ErrorResponses().TryHandleAsync(http, new SearchUnavailableException(), CancellationToken.None);

        Assert.False(handled); // the error page is rendered by the middleware
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public void The_documented_run_is_not_in_development_so_no_stack_trace_is_ever_shown()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KbSite.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var launch = File.ReadAllText(Path.Combine(root.FullName, "src", "KbSite", "Properties", "launchSettings.json"));
        Assert.Contains("\"ASPNETCORE_ENVIRONMENT\": \"Production\"", launch, StringComparison.Ordinal);
        Assert.DoesNotContain("Development", launch, StringComparison.Ordinal);
    }
}
