import { registry } from "@web/core/registry";
import { typedDate } from "@wfk_china_crm/../tests/tours/tour_dates";

// The demo's officer, in German, looks up who was a member on a past day and suspends a membership.

registry.category("web_tour.tours").add("wfk_isa_membership_tour", {
    url: "/odoo/action-wfk_isa_membership.action_wfk_isa_membership",
    steps: () => [
        {
            content: "Kanban by status: Taicang in the Member column",
            trigger:
                ".o_kanban_group:has(.o_column_title:contains('Mitglied')) .o_kanban_record:contains('Test Taicang')",
        },
        {
            content: "Who was a member on 1 October 2019?",
            trigger: "input.o_searchview_input",
            run: `edit ${typedDate("2019-10-01")}`,
        },
        {
            content: "Search on the Member on field",
            trigger: ".o_searchview_autocomplete .o-dropdown-item:contains('Mitglied am')",
            run: "click",
        },
        {
            content: "Kaiserslautern was a member, Taicang an observer",
            trigger:
                ".o_kanban_renderer:has(.o_kanban_record:contains('Test Kaiserslautern')):not(:has(.o_kanban_record:contains('Test Taicang')))",
        },
        {
            content: "Back to all open memberships",
            trigger: ".o_searchview_facet:contains('Mitglied am') .o_facet_remove",
            run: "click",
        },
        {
            content: "Open Taicang",
            trigger: ".o_kanban_record:contains('Test Taicang')",
            run: "click",
        },
        {
            content: "Suspend the membership from the status bar",
            trigger: ".o_form_view .o_statusbar_status button[data-value='suspended']",
            run: "click",
        },
        {
            content: "The status bar shows the new status",
            trigger: ".o_statusbar_status button[data-value='suspended'].o_arrow_button_current",
        },
        {
            content: "Open the status history",
            trigger: ".o_notebook .nav-link[name=status_history]",
            run: "click",
        },
        {
            content: "The history shows the new period",
            trigger: ".o_field_widget[name=status_line_ids] .o_data_row:contains('Ruhend')",
        },
        {
            content: "and the earlier ones",
            trigger: ".o_field_widget[name=status_line_ids] .o_data_row:contains('Beobachter')",
        },
    ],
});
