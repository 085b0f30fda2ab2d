using Microsoft.AspNetCore.Http.Metadata;

namespace DutyLists.Web.Importing;

/// <summary>
/// Refuses an upload larger than its page allows before anything reads the body, and sends the browser back to the
/// form with a message. Without this the server's own limit ends the request with an empty 413 that a person cannot read.
/// </summary>
public static class UploadSizeGuard
{
    public const string TooLargeQuery = "too-large";

    public static IApplicationBuilder UseUploadSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (HttpMethods.IsPost(context.Request.Method) && limit is long max && context.Request.ContentLength > max)
        {
            // The unread body is discarded with the connection; the redirect is what the browser shows.
            context.Response.Headers.Connection = "close";
            context.Response.Redirect($"{context.Request.Path}?{TooLargeQuery}=1");
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            return;
        }

        await next(context);
    });
}
