namespace ResearchRelease.Web.Tests.Fuzz;

/// <summary>Row counts of the tables a request can write (applications, events, outbox, attachments, letters, catalogue history) and a draft's version.</summary>
public sealed record StoredRows(int Applications, int Events, int Outbox, int Attachments, int Letters, int CatalogueChanges, int Version)
{
    public override string ToString() =>
        $"applications={Applications} application_events={Events} outbox={Outbox} attachments={Attachments} letters={Letters} catalogue_changes={CatalogueChanges} version={Version}";
}
