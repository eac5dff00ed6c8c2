using Microsoft.EntityFrameworkCore;

namespace ResearchRelease.Workflow.Persistence;

/// <summary>The store on PostgreSQL; migrations in Persistence/Migrations/Postgres.</summary>
internal sealed class PostgresWorkflowStoreContext(DbContextOptions<PostgresWorkflowStoreContext> options) : WorkflowStoreContext(options);
