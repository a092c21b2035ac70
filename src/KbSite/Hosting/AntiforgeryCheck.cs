using Microsoft.AspNetCore.Antiforgery;

namespace KbSite.Hosting;

/// <summary>For endpoints that read their form themselves: a post without a valid antiforgery token gets a plain 400.</summary>
public static class AntiforgeryCheck
{
    public static async Task<IResult?> RefuseAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem("The form was not sent by this site (its antiforgery token is missing or invalid). Reload the page and try again.", statusCode: StatusCodes.Status400BadRequest, title: "Form refused");
        }
    }
}
