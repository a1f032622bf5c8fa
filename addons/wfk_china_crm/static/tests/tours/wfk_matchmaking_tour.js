import { registry } from "@web/core/registry";

// The demo's officer, in German, records a cooperation request in the China Cooperation pipeline, finds
// partners for it and introduces the best one (the labels checked are the German ones).
registry.category("web_tour.tours").add("wfk_matchmaking_tour", {
    steps: () => [
        {
            content: "The China Cooperation pipeline opens as a kanban board",
            trigger: ".o_kanban_view .o_kanban_group",
        },
        {
            content: "Switch to the list of requests",
            trigger: ".o_control_panel .o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Record a new request",
            trigger: ".o_list_view .o_list_button_add",
            run: "click",
        },
        {
            content: "Name the request",
            trigger: ".o_form_view .o_field_widget[name=name] textarea",
            run: "edit Research partners for automation",
        },
        {
            content: "The requester is the Chinese industrial park",
            trigger: ".o_form_view .o_field_widget[name=partner_id] input",
            run: "edit Tour Chuzhou",
        },
        {
            content: "Choose it",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour Chuzhou Park)",
            run: "click",
        },
        {
            content: "Open the request types",
            trigger: ".o_form_view .o_field_widget[name=wfk_request_type] input",
            run: "click",
        },
        {
            content: "It looks for research partners",
            trigger: ".o_select_menu_menu .o_select_menu_item:contains(Forschungspartner)",
            run: "click",
        },
        {
            content: "Open the directions",
            trigger: ".o_form_view .o_field_widget[name=wfk_direction] input",
            run: "click",
        },
        {
            content: "From China to Germany",
            trigger: ".o_select_menu_menu .o_select_menu_item:contains(China → Deutschland)",
            run: "click",
        },
        {
            content: "In automation",
            trigger: ".o_form_view .o_field_widget[name=industry_id] input",
            run: "edit Tour automation",
        },
        {
            content: "Choose the industry",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour automation)",
            run: "click",
        },
        {
            content: "The Yangzhou office looks after it",
            trigger: ".o_form_view .o_field_widget[name=representation_office_id] input",
            run: "edit Tour office",
        },
        {
            content: "Choose the office",
            trigger: ".o-autocomplete--dropdown-item a:contains(Tour office Yangzhou)",
            run: "click",
        },
        {
            content: "Save the request",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "Rank local organisations for the request",
            trigger: ".o_form_view .o_form_saved button[name=action_wfk_find_matches]",
            run: "click",
        },
        {
            content: "The automation institute is proposed, with its reasons (ranking order: unit tests)",
            trigger: ".o_list_view .o_data_row:has(.o_data_cell[name=partner_id]:contains(Tour Automation Institute)) .o_data_cell[name=reason]:contains(Sucht Forschungspartner)",
        },
        {
            content: "It is in the list of matches",
            trigger: ".o_list_view .o_data_row:has(.o_data_cell[name=partner_id]:contains(Tour Automation Institute)) .o_data_cell[name=partner_id]",
        },
        {
            content: "Introduce it",
            trigger: ".o_list_view .o_data_row:has(.o_data_cell[name=partner_id]:contains(Tour Automation Institute)) button[name=action_wfk_introduce]",
            run: "click",
        },
        {
            content: "Confirm sending the introduction e-mails",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The match is introduced",
            trigger: "body:not(:has(.modal)) .o_list_view .o_data_row:has(.o_data_cell[name=partner_id]:contains(Tour Automation Institute)) .o_data_cell[name=state]:contains(Vorgestellt)",
        },
    ],
});
