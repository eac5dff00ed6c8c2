namespace ResearchRelease.Web.Tests.Resilience.Crash;

/// <summary>
/// Sits between the driver and the socket and fires the cycle's kill at its write request: right after the answer
/// arrives (before the driver sees it, so nothing else is sent) or a few milliseconds after the request left,
/// while the app is working on it. Reads do not count: a kill after a GET tests nothing a kill after a write does not.
/// </summary>
public sealed class KillSwitch(KillPlan plan, Func<Task> kill)
    : DelegatingHandler(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
{
    private int _writes;

    /// <summary>What was being sent when the kill fired, for the log.</summary>
    public string? FiredAt { get; private set; }

    /// <summary>Set when the plan's own trigger is overdue: the next write's answer fires the kill instead.</summary>
    public bool AtNextWrite { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
            return await base.SendAsync(request, cancellationToken);
        var number = Interlocked.Increment(ref _writes);
        var what = $"{request.Method} {request.RequestUri?.PathAndQuery}";
        if (AtNextWrite)
        {
            var answer = await base.SendAsync(request, cancellationToken);
            FiredAt = $"(fallback) after {(int)answer.StatusCode} to {what}";
            await kill();
            return answer;
        }
        if (number != plan.Request || plan.Point is not (KillPoint.DuringRequest or KillPoint.RightAfterResponse))
            return await base.SendAsync(request, cancellationToken);

        if (plan.Point == KillPoint.DuringRequest)
        {
            FiredAt = $"{plan.DelayMs} ms into {what}";
            var killing = Task.Run(
                async () =>
                {
                    await Task.Delay(plan.DelayMs, CancellationToken.None);
                    await kill();
                },
                CancellationToken.None
            );
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                await killing;
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (plan.Point == KillPoint.RightAfterResponse)
        {
            FiredAt = $"after {(int)response.StatusCode} to {what}";
            await kill();
        }
        return response;
    }
}
