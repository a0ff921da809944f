import { toLabel, type LabelTuple, type LocalizedLabel } from '@/i18n/admin/label'

const options = <V extends string>(dict: Record<V, LabelTuple>): { label: LocalizedLabel; value: V }[] =>
  (Object.entries(dict) as [V, LabelTuple][]).map(([value, tuple]) => ({ value, label: toLabel(tuple) }))

/** A university title (what the paediatric division's page calls its "professors"). */
export const academicTitleOptions = options({
  professor: ['Professor', '教授', 'Профессор', 'أستاذ'],
  associateProfessor: ['Associate professor', '副教授', 'Доцент', 'أستاذ مشارك'],
  lecturer: ['Lecturer', '讲师', 'Преподаватель', 'محاضر'],
})

/** The clinical grade of Chinese hospitals, from chief physician down to resident. */
export const clinicalGradeOptions = options({
  chiefPhysician: ['Chief physician', '主任医师', 'Главный врач-специалист', 'كبير الأطباء'],
  associateChiefPhysician: ['Associate chief physician', '副主任医师', 'Заместитель главного врача-специалиста', 'نائب كبير الأطباء'],
  attendingPhysician: ['Attending physician', '主治医师', 'Лечащий врач', 'الطبيب المعالج'],
  resident: ['Resident', '住院医师', 'Ординатор', 'طبيب مقيم'],
})
