import { registry } from "@web/core/registry";
import { typedDate } from "@wfk_china_crm/../tests/tours/tour_dates";

// The demo's manager, in German, reviews the China work: the "China cooperation" dashboard (its German
// title checked), filtered by office, then the pipeline review for one office, printed; both from the China CRM Reporting
// menu. Menus are found by their XML ids, dates typed in the user's format.
registry.category("web_tour.tours").add("wfk_manager_review_tour", {
    steps: () => [
        {
            content: "Open the China CRM reporting menu",
            trigger: ".o_main_navbar .o_menu_sections button[data-menu-xmlid='wfk_china_crm.menu_wfk_reporting']",
            run: "click",
        },
        {
            content: "Open the dashboard",
            trigger: ".o-dropdown--menu a[data-menu-xmlid='wfk_isa_membership.menu_wfk_dashboard']",
            run: "click",
        },
        {
            content: "The China cooperation dashboard is the one shown, titled in German",
            trigger: ".o_spreadsheet_dashboard_action .o_search_panel .active:contains(China-Kooperation)",
        },
        {
            content: "It is loaded, without error, and drawn",
            trigger:
                ".o_spreadsheet_dashboard_action:not(:has(.dashboard-loading-status)) .o_renderer .o-grid canvas",
        },
        {
            content: "Filter the dashboard by office: type the office's name",
            trigger: ".o_sp_dashboard_search input.o_searchview_input",
            run: "edit Tour office Shanghai",
        },
        {
            content: "Search the office filter for it",
            trigger: ".o_searchview_autocomplete .o-dropdown-item:first",
            run: "click",
        },
        {
            content: "The office filter is applied and the dashboard drawn again",
            trigger: ".o_sp_dashboard_search .o_searchview_facet:contains(Tour office Shanghai)",
        },
        {
            content: "The filtered dashboard is drawn",
            trigger:
                ".o_spreadsheet_dashboard_action:not(:has(.dashboard-loading-status)) .o_renderer .o-grid canvas",
        },
        {
            content: "Open the China CRM reporting menu",
            trigger: ".o_main_navbar .o_menu_sections button[data-menu-xmlid='wfk_china_crm.menu_wfk_reporting']",
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
            run: `edit ${typedDate("2024-01-01")} && press Enter`,
        },
        {
            content: "For the Shanghai office",
            trigger: ".modal .o_field_widget[name=office_ids] input",
            run: "fill Tour office Shanghai",
        },
        {
            content: "Choose the office",
            trigger: ".o-autocomplete--dropdown-menu:not(:has(a:contains(Yangzhou))) a:contains(Tour office Shanghai)",
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
            content: "The PDF is downloaded, the dialog closes on the dashboard (no HTML fallback)",
            trigger: "body:not(:has(.modal)) .o_action_manager > .o_spreadsheet_dashboard_action",
        },
    ],
});
