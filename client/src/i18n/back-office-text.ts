import { addMessages } from './translate';
import { adminFr } from './admin.fr';
import { adminEn } from './admin.en';
import { layoutEditorFr } from './layout-editor.fr';
import { layoutEditorEn } from './layout-editor.en';
import { promotionsFr } from './promotions.fr';
import { promotionsEn } from './promotions.en';

/** The back office's vocabulary, loaded with its chunk (imported first by the back office's page). */
addMessages({ fr: { ...adminFr, ...layoutEditorFr, ...promotionsFr }, en: { ...adminEn, ...layoutEditorEn, ...promotionsEn } });
