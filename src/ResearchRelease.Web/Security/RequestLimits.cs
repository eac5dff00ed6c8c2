using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ResearchRelease.Web.Security;

/// <summary>
/// How much a request may carry. Kestrel caps every body at the size of the largest attachment; a form field or
/// a JSON body is far smaller, so those get their own, tighter caps (a 413 answer, never a 500).
/// </summary>
public static class RequestLimits
{
    /// <summary>The largest attachment (a PDF) plus the multipart envelope.</summary>
    public const long MaxBodyBytes = 11 * 1024 * 1024;

    public const long MaxMultipartBytes = 10 * 1024 * 1024;

    /// <summary>An application or a decision as JSON is a few kilobytes; 256 KB leaves room for long answers.</summary>
    public const long MaxJsonBytes = 256 * 1024;

    public const int MaxFormValueBytes = 64 * 1024;

    public static void AddResearchReleaseRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => Configure(o));
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = MaxFormValueBytes;
            o.ValueCountLimit = 1024;
            o.MultipartBodyLengthLimit = MaxMultipartBytes;
        });
    }

    private static void Configure(KestrelServerOptions o)
    {
        o.AddServerHeader = false;
        o.Limits.MaxRequestBodySize = MaxBodyBytes;
        o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        o.Limits.MaxRequestLineSize = 8 * 1024;
    }
}
