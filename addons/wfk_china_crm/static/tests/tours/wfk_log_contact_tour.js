import { registry } from "@web/core/registry";
import { typedDate } from "@wfk_china_crm/../tests/tours/tour_dates";

// Office staff log a contact from an organisation's form and set a follow-up date (in any language:
// no step depends on a label).
registry.category("web_tour.tours").add("wfk_log_contact_tour", {
    steps: () => [
        {
            content: "Open the quick contact-log form from the organisation",
            trigger: ".o_form_view button[name=action_wfk_log_contact]",
            run: "click",
        },
        {
            content: "The organisation is already filled in",
            trigger: ".modal .o_field_widget[name=partner_id] input:value(Tour Robotics Ltd.)",
        },
        {
            content: "Say what the contact was about",
            trigger: ".modal .o_field_widget[name=subject] input",
            run: "edit Call about a joint automation project",
        },
        {
            content: "It was a WeChat call",
            trigger: ".modal .o_field_widget[name=channel] input[data-value=wechat]",
            run: "click",
        },
        {
            content: "Follow up on a set day",
            trigger: ".modal .o_field_widget[name=follow_up_date] input",
            run: `edit ${typedDate("2030-12-24")}`,
        },
        {
            content: "Save the log",
            trigger: ".modal .modal-footer button.btn-primary",
            run: "click",
        },
        {
            content: "The dialog closes and the organisation shows one logged contact",
            trigger: "body:not(:has(.modal)) button[name=action_wfk_view_contact_logs] .o_stat_value:contains(1)",
        },
    ],
});
