import { registry } from "@web/core/registry";

// A manager reviews the pipeline: the review wizard from the Reporting menu, for one office, printed.
registry.category("web_tour.tours").add("wfk_manager_review_tour", {
    steps: () => [
        {
            content: "Open the China CRM reporting menu",
            trigger: ".o_main_navbar .o_menu_sections button:contains(Reporting)",
            run: "click",
        },
        {
            content: "Open the pipeline review",
            trigger: ".o-dropdown--menu a[data-menu-xmlid='wfk_china_crm.menu_wfk_pipeline_review']",
            run: "click",
        },
        {
            content: "Change the first day of the review",
            trigger: ".modal .o_field_widget[name=date_from] button",
            run: "click",
        },
        {
            content: "Review from the first day of 2024",
            trigger: ".modal .o_field_widget[name=date_from] input",
            run: "edit 01/01/2024 && press Enter",
        },
        {
            content: "For the Shanghai office",
            trigger: ".modal .o_field_widget[name=office_ids] input",
            run: "edit Tour office Shanghai",
        },
        {
            content: "Choose the office",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour office Shanghai)",
            run: "click",
        },
        {
            content: "The office is chosen",
            trigger: ".modal .o_field_widget[name=office_ids] .o_tag:contains(Tour office Shanghai)",
        },
        {
            content: "Leave the office field",
            trigger: ".modal .modal-title",
            run: "click",
        },
        {
            content: "Print the review",
            trigger: "body:not(:has(.o-autocomplete--dropdown-menu)) .modal .modal-footer button[name=action_print]",
            run: "click",
        },
        {
            content: "The PDF is downloaded, the dialog closes on the pipeline (no HTML fallback)",
            trigger: "body:not(:has(.modal)) .o_action_manager > .o_kanban_view",
        },
    ],
});
