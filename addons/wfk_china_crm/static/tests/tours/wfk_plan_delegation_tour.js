import { registry } from "@web/core/registry";
import { typedDate } from "@wfk_china_crm/../tests/tours/tour_dates";

// An officer turns a delegation-visit request into a delegation, dates it, adds a participant and a
// stop, plans and confirms it, and prints the delegation report (in any language: no step depends on a
// label).
registry.category("web_tour.tours").add("wfk_plan_delegation_tour", {
    steps: () => [
        {
            content: "Plan a delegation from the visit request",
            trigger: ".o_form_view button[name=action_wfk_plan_delegation]",
            run: "click",
        },
        {
            content: "A draft delegation opens, named after the request",
            trigger: ".o_form_view .o_field_widget[name=name] input:value(Delegation visit to Tour City)",
        },
        {
            content: "It links back to the request",
            trigger: ".o_form_view .o_field_widget[name=request_lead_id] input:value(Delegation visit to Tour City)",
        },
        {
            content: "Set the first day",
            trigger: ".o_form_view .o_field_widget[name=date_start] input[data-field=date_start]",
            run: `edit ${typedDate("2030-09-10")} && press Enter`,
        },
        {
            content: "Set the last day",
            trigger: ".o_form_view .o_field_widget[name=date_start] input[data-field=date_end]",
            run: `edit ${typedDate("2030-09-14")} && press Enter`,
        },
        {
            content: "Add a participant",
            trigger: ".o_form_view .o_field_widget[name=participant_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Pick the mayor",
            trigger: ".o_form_view .o_field_widget[name=participant_ids] .o_data_row .o_field_widget[name=partner_id] input",
            run: "edit Tour Mayor",
        },
        {
            content: "Choose the contact",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour Mayor)",
            run: "click",
        },
        {
            content: "Open the stops",
            trigger: ".o_form_view .o_notebook a.nav-link[name=stops]",
            run: "click",
        },
        {
            content: "Add a stop",
            trigger: ".o_form_view .o_field_widget[name=stop_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "The delegation visits Yangzhou",
            trigger: ".modal .o_field_widget[name=city] input",
            run: "edit Yangzhou",
        },
        {
            content: "Hosted by the city",
            trigger: ".modal .o_field_widget[name=host_partner_id] input",
            run: "edit Tour Yangzhou",
        },
        {
            content: "Choose the host",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour Yangzhou Municipal Government)",
            run: "click",
        },
        {
            content: "Save the stop",
            trigger: ".modal .modal-footer .o_form_button_save",
            run: "click",
        },
        {
            content: "The stop is listed",
            trigger: "body:not(:has(.modal)) .o_form_view .o_field_widget[name=stop_ids] .o_data_cell[name=city]:contains(Yangzhou)",
        },
        {
            content: "Plan the delegation",
            trigger: ".o_form_view button[name=action_plan]",
            run: "click",
        },
        {
            content: "It is planned",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value=planned]",
        },
        {
            content: "Confirm it",
            trigger: ".o_form_view button[name=action_confirm].btn-primary",
            run: "click",
        },
        {
            content: "It is confirmed",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value=confirmed]",
        },
        {
            content: "Print the delegation report",
            trigger: ".o_form_view .o_form_saved .o_statusbar_buttons button[type=action]",
            run: "click",
        },
        {
            content: "Once downloaded (the UI is no longer blocked), the delegation stays open: no HTML fallback",
            trigger: ".o_action_manager > .o_form_view .o_form_saved .o_statusbar_status button.o_arrow_button_current[data-value=confirmed]",
        },
    ],
});
