using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ResearchRelease.Workflow.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialWorkflowStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_events",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    event_name = table.Column<string>(type: "text", nullable: false),
                    event_key = table.Column<string>(type: "text", nullable: false),
                    event_data = table.Column<string>(type: "text", nullable: true),
                    event_time_utc_ticks = table.Column<long>(type: "bigint", nullable: false),
                    is_processed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_execution_errors",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    workflow_id = table.Column<string>(type: "text", nullable: true),
                    execution_pointer_id = table.Column<string>(type: "text", nullable: true),
                    error_time_utc_ticks = table.Column<long>(type: "bigint", nullable: false),
                    message = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_execution_errors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_scheduled_commands",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    command_name = table.Column<string>(type: "text", nullable: false),
                    data = table.Column<string>(type: "text", nullable: false),
                    execute_time = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_scheduled_commands", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_subscriptions",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    workflow_id = table.Column<string>(type: "text", nullable: false),
                    step_id = table.Column<int>(type: "integer", nullable: false),
                    execution_pointer_id = table.Column<string>(type: "text", nullable: true),
                    event_name = table.Column<string>(type: "text", nullable: false),
                    event_key = table.Column<string>(type: "text", nullable: false),
                    subscribe_as_of_utc_ticks = table.Column<long>(type: "bigint", nullable: false),
                    subscription_data = table.Column<string>(type: "text", nullable: true),
                    external_token = table.Column<string>(type: "text", nullable: true),
                    external_worker_id = table.Column<string>(type: "text", nullable: true),
                    external_token_expiry_utc_ticks = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_workflows",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    workflow_definition_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    reference = table.Column<string>(type: "text", nullable: true),
                    next_execution = table.Column<long>(type: "bigint", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    data = table.Column<string>(type: "text", nullable: true),
                    create_time_utc_ticks = table.Column<long>(type: "bigint", nullable: false),
                    complete_time_utc_ticks = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_workflows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "wf_execution_pointers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    workflow_id = table.Column<string>(type: "text", nullable: false),
                    step_id = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    sleep_until_utc_ticks = table.Column<long>(type: "bigint", nullable: true),
                    persistence_data = table.Column<string>(type: "text", nullable: true),
                    start_time_utc_ticks = table.Column<long>(type: "bigint", nullable: true),
                    end_time_utc_ticks = table.Column<long>(type: "bigint", nullable: true),
                    event_name = table.Column<string>(type: "text", nullable: true),
                    event_key = table.Column<string>(type: "text", nullable: true),
                    event_published = table.Column<bool>(type: "boolean", nullable: false),
                    event_data = table.Column<string>(type: "text", nullable: true),
                    extension_attributes = table.Column<string>(type: "text", nullable: false),
                    step_name = table.Column<string>(type: "text", nullable: true),
                    retry_count = table.Column<int>(type: "integer", nullable: false),
                    children = table.Column<string>(type: "text", nullable: false),
                    context_item = table.Column<string>(type: "text", nullable: true),
                    predecessor_id = table.Column<string>(type: "text", nullable: true),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    scope = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wf_execution_pointers", x => x.id);
                    table.ForeignKey(
                        name: "fk_wf_execution_pointers_wf_workflows_workflow_id",
                        column: x => x.workflow_id,
                        principalTable: "wf_workflows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_wf_events_event_name_event_key",
                table: "wf_events",
                columns: new[] { "event_name", "event_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wf_events_is_processed_event_time_utc_ticks",
                table: "wf_events",
                columns: new[] { "is_processed", "event_time_utc_ticks" });

            migrationBuilder.CreateIndex(
                name: "ix_wf_execution_errors_workflow_id",
                table: "wf_execution_errors",
                column: "workflow_id");

            migrationBuilder.CreateIndex(
                name: "ix_wf_execution_pointers_workflow_id",
                table: "wf_execution_pointers",
                column: "workflow_id");

            migrationBuilder.CreateIndex(
                name: "ix_wf_scheduled_commands_command_name_data",
                table: "wf_scheduled_commands",
                columns: new[] { "command_name", "data" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wf_scheduled_commands_execute_time",
                table: "wf_scheduled_commands",
                column: "execute_time");

            migrationBuilder.CreateIndex(
                name: "ix_wf_subscriptions_event_name_event_key",
                table: "wf_subscriptions",
                columns: new[] { "event_name", "event_key" });

            migrationBuilder.CreateIndex(
                name: "ix_wf_subscriptions_workflow_id",
                table: "wf_subscriptions",
                column: "workflow_id");

            migrationBuilder.CreateIndex(
                name: "ix_wf_workflows_reference",
                table: "wf_workflows",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_wf_workflows_status_next_execution",
                table: "wf_workflows",
                columns: new[] { "status", "next_execution" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_events");

            migrationBuilder.DropTable(
                name: "wf_execution_errors");

            migrationBuilder.DropTable(
                name: "wf_execution_pointers");

            migrationBuilder.DropTable(
                name: "wf_scheduled_commands");

            migrationBuilder.DropTable(
                name: "wf_subscriptions");

            migrationBuilder.DropTable(
                name: "wf_workflows");
        }
    }
}
