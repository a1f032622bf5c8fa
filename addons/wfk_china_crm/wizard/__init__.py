from . import wfk_pipeline_review_wizard
