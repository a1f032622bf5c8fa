import { registry } from "@web/core/registry";

// Office staff find partners for a cooperation request and introduce the best one.
registry.category("web_tour.tours").add("wfk_matchmaking_tour", {
    steps: () => [
        {
            content: "Rank local organisations for the request",
            trigger: ".o_form_view button[name=action_wfk_find_matches]",
            run: "click",
        },
        {
            content: "The best organisation comes first, with its reasons",
            trigger: ".o_list_view .o_data_row:first-child .o_data_cell[name=reason]:contains(Looking for Research partners)",
        },
        {
            content: "It is the automation institute",
            trigger: ".o_list_view .o_data_row:first-child .o_data_cell[name=partner_id]:contains(Tour Automation Institute)",
        },
        {
            content: "Introduce it",
            trigger: ".o_list_view .o_data_row:first-child button[name=action_wfk_introduce]",
            run: "click",
        },
        {
            content: "Confirm sending the introduction e-mails",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The match is introduced",
            trigger: "body:not(:has(.modal)) .o_list_view .o_data_row:first-child .o_data_cell[name=state]:contains(Introduced)",
        },
    ],
});
