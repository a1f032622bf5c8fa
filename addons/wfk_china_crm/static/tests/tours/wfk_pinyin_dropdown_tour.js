import { registry } from "@web/core/registry";

// Office staff in the Chinese interface log a contact and find the organisation, entered in characters
// only (扬州精密机械有限公司), by typing its pinyin in the dropdown.
registry.category("web_tour.tours").add("wfk_pinyin_dropdown_tour", {
    steps: () => [
        {
            content: "The interface is in Chinese: the organisation field is labelled 机构",
            trigger: ".o_form_view label:contains(机构)",
        },
        {
            content: "Say what the contact is about",
            trigger: ".o_form_view .o_field_widget[name=subject] input",
            run: "edit 讨论精密零件合作",
        },
        {
            content: "Type the organisation's name in pinyin, with a space and without tones",
            trigger: ".o_form_view .o_field_widget[name=partner_id] input",
            run: "edit yangzhou jingmi",
        },
        {
            content: "The organisation entered in characters is proposed: pick it",
            trigger: ".o-autocomplete--dropdown-menu a:contains(扬州精密机械有限公司)",
            run: "click",
        },
        {
            content: "It is filled in",
            trigger: ".o_form_view .o_field_widget[name=partner_id] input:value(扬州精密机械有限公司)",
        },
        {
            content: "Save",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_view .o_form_saved",
        },
    ],
});
