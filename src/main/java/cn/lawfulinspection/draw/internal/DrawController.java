package cn.lawfulinspection.draw.internal;

import cn.lawfulinspection.draw.DrawService;
import cn.lawfulinspection.identity.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Double-random draws (双随机、一公开, R-PL-5): commit and execute by the agency's staff; published to anyone. */
@RestController
@Tag(name = "双随机抽取", description = "在已备案的日常检查计划下承诺随机种子、冻结企业库和执法人员库，再执行抽取并向社会公开，任何人可复核")
class DrawController {

  private final DrawService draws;
  private final Actors actors;

  DrawController(DrawService draws, Actors actors) {
    this.draws = draws;
    this.actors = actors;
  }

  @PostMapping("/api/draws")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "第一步：承诺（生成秘密随机种子并公布其 SHA-256，冻结企业库和执法人员库）")
  DrawService.Draw commit(@RequestBody DrawService.DrawRequest request) {
    return draws.commit(request);
  }

  @PostMapping("/api/draws/{number}/execute")
  @Operation(summary = "第二步：执行抽取（公开随机种子，按公开算法抽取企业并为每家企业抽取检查组），只能执行一次")
  DrawService.Draw execute(@PathVariable String number) {
    return draws.execute(number);
  }

  @GetMapping("/api/draws/{number}")
  @Operation(summary = "一次双随机抽取（本单位人员可见抽取人、执法人员编号和留痕）")
  DrawService.Draw get(@PathVariable String number) {
    return draws.get(number, actors.current().groups());
  }

  @GetMapping("/api/public/draws/{number}")
  @Operation(summary = "公开的双随机抽取：计划、种子哈希、执行后的种子、库的规模、抽取结果")
  DrawService.Draw published(@PathVariable String number) {
    return draws.published(number);
  }

  @GetMapping("/api/public/draws/{number}/replay")
  @Operation(summary = "复核：按公开的种子和冻结的库重新计算抽取结果，并回答是否一致")
  DrawService.Replay replay(@PathVariable String number) {
    return draws.replay(number);
  }
}
